/** The smoke test's plan: pure, so every rule is a table row. */
import { describe, expect, it } from '@jest/globals';
import { confirmUrl, defaultDateTime, isPlannedAppointment, lookupPath, manualCancelCommand, type AppointmentPlan } from '../../src/smoke/plan.js';

const plan: AppointmentPlan = { departmentId: 5, dateTime: '2026-12-01T10:00:00', name: 'moncreneau-deploy-gate smoke test', externalUserId: 'moncreneau-deploy-gate' };

describe('defaultDateTime', () => {
  it.each([
    [new Date(2026, 10, 29, 23, 59), '2026-11-30T10:00:00'],
    [new Date(2026, 11, 31, 8, 0), '2027-01-01T10:00:00'],
    [new Date(2028, 1, 28, 12, 0), '2028-02-29T10:00:00']
  ])('%s -> %s', (now, expected) => expect(defaultDateTime(now)).toBe(expected));
});

describe('isPlannedAppointment', () => {
  it.each([
    [{ id: 1, dateTime: '2026-12-01T10:00:00', status: 'SCHEDULED', name: plan.name, externalUserId: plan.externalUserId }, true],
    [{ id: 1, dateTime: '2026-12-01T10:00:00.000', status: 'SCHEDULED' }, true],
    [{ id: 1, dateTime: '2026-12-01T10:00:00', status: 'CANCELLED' }, false],
    [{ id: 1, dateTime: '2026-12-01T11:00:00', status: 'SCHEDULED' }, false],
    [{ id: 1, dateTime: '2026-12-01T10:00:00', externalUserId: 'a-real-patient' }, false],
    [{ id: 1, dateTime: '2026-12-01T10:00:00', name: 'Mme Diallo' }, false],
    [{ id: 1 }, false]
  ])('%j -> %s', (listed, expected) => expect(isPlannedAppointment(listed, plan)).toBe(expected));
});

describe('URLs and the manual command', () => {
  it('looks the appointment up by externalUserId and day', () => {
    expect(lookupPath(plan)).toBe('/appointments?externalUserId=moncreneau-deploy-gate&startDate=2026-12-01&endDate=2026-12-01&size=100');
  });

  it('encodes the id and event into the confirm URL so neither can change its shape', () => {
    expect(confirmUrl('https://app.example/c/{appointmentId}/{event}', '../admin?x=1', 'appointment.created')).toBe('https://app.example/c/..%2Fadmin%3Fx%3D1/appointment.created');
  });

  it.each([
    ['1042', 'x-api-key', `curl -X DELETE 'https://mc-prd.duckdns.org/api/v1/appointments/1042' -H "X-API-Key: $MONCRENEAU_API_KEY"`],
    ['1042', 'bearer', `curl -X DELETE 'https://mc-prd.duckdns.org/api/v1/appointments/1042' -H "Authorization: Bearer $MONCRENEAU_API_KEY"`],
    ["7'; rm -rf ~ #", 'x-api-key', `curl -X DELETE 'https://mc-prd.duckdns.org/api/v1/appointments/7%27%3B%20rm%20-rf%20~%20%23' -H "X-API-Key: $MONCRENEAU_API_KEY"`]
  ] as const)('id %s with %s', (id, scheme, command) => {
    expect(manualCancelCommand(new URL('https://mc-prd.duckdns.org/api/v1'), id, scheme)).toBe(command);
  });
});
