/** The smoke test's plan: pure, so every rule is a table row. */
import { describe, expect, it } from '@jest/globals';
import {
  attributeAppointment,
  confirmUrl,
  defaultDateTime,
  isPlannedAppointment,
  lookupPath,
  manualCancelCommand,
  type AppointmentPlan
} from '../../src/smoke/plan.js';

const plan: AppointmentPlan = {
  departmentId: 5,
  dateTime: '2026-12-01T10:00:00',
  name: 'moncreneau-deploy-gate smoke test',
  externalUserId: 'moncreneau-deploy-gate'
};

describe('defaultDateTime', () => {
  it.each([
    [new Date(2026, 10, 29, 23, 59), '2026-11-30T10:00:00'],
    [new Date(2026, 11, 31, 8, 0), '2027-01-01T10:00:00'],
    [new Date(2028, 1, 28, 12, 0), '2028-02-29T10:00:00']
  ])('%s -> %s', (now, expected) => expect(defaultDateTime(now)).toBe(expected));
});

describe("attributeAppointment: only what is provably the test's own is cancelled", () => {
  const ours = { id: 1, dateTime: '2026-12-01T10:00:00', status: 'SCHEDULED', name: plan.name, externalUserId: plan.externalUserId };
  it.each([
    ['all three present and equal', ours, { kind: 'ours' }],
    ['the time written to the minute, with milliseconds or a space', { ...ours, dateTime: '2026-12-01 10:00:00.000' }, { kind: 'ours' }],
    [
      'the name and owner in another case, with spaces around',
      { ...ours, name: ` ${plan.name.toUpperCase()} `, externalUserId: 'MONCRENEAU-deploy-gate' },
      { kind: 'ours' }
    ],
    ['PENDING_PAYMENT is still live', { ...ours, status: 'PENDING_PAYMENT' }, { kind: 'ours' }],
    ['no status at all', { ...ours, status: undefined }, { kind: 'ours' }],
    ['already cancelled', { ...ours, status: 'CANCELLED' }, { kind: 'other' }],
    ['another time that day', { ...ours, dateTime: '2026-12-01T11:00:00' }, { kind: 'other' }],
    ['a customer of the same name slot', { ...ours, externalUserId: 'a-real-patient' }, { kind: 'other' }],
    ['another name', { ...ours, name: 'Mme Diallo' }, { kind: 'other' }],
    ['a name missing', { ...ours, name: undefined }, { kind: 'unattributable', missing: ['name'] }],
    ['externalUserId missing', { ...ours, externalUserId: undefined }, { kind: 'unattributable', missing: ['externalUserId'] }],
    ['the date missing', { ...ours, dateTime: undefined }, { kind: 'unattributable', missing: ['dateTime'] }],
    ['a name that is empty', { ...ours, name: '  ' }, { kind: 'unattributable', missing: ['name'] }],
    ['a name that is not a string', { ...ours, name: 42 }, { kind: 'unattributable', missing: ['name'] }],
    ['only an id', { id: 1 }, { kind: 'unattributable', missing: ['dateTime', 'externalUserId', 'name'] }],
    ['a missing name does not hide a different owner', { ...ours, name: undefined, externalUserId: 'a-real-patient' }, { kind: 'other' }]
  ])('%s', (_, listed, expected) => {
    expect(attributeAppointment(listed, plan)).toEqual(expected);
    expect(isPlannedAppointment(listed, plan)).toBe(expected.kind === 'ours');
  });
});

describe('URLs and the manual command', () => {
  it('looks the appointment up by externalUserId and day', () => {
    expect(lookupPath(plan)).toBe('/appointments?externalUserId=moncreneau-deploy-gate&startDate=2026-12-01&endDate=2026-12-01&size=100');
  });

  it('encodes the id and event into the confirm URL so neither can change its shape', () => {
    expect(confirmUrl('https://app.example/c/{appointmentId}/{event}', '../admin?x=1', 'appointment.created')).toBe(
      'https://app.example/c/..%2Fadmin%3Fx%3D1/appointment.created'
    );
  });

  it.each([
    ['1042', 'x-api-key', `curl -X DELETE 'https://mc-prd.duckdns.org/api/v1/appointments/1042' -H "X-API-Key: $MONCRENEAU_API_KEY"`],
    ['1042', 'bearer', `curl -X DELETE 'https://mc-prd.duckdns.org/api/v1/appointments/1042' -H "Authorization: Bearer $MONCRENEAU_API_KEY"`],
    [
      "7'; rm -rf ~ #",
      'x-api-key',
      `curl -X DELETE 'https://mc-prd.duckdns.org/api/v1/appointments/7%27%3B%20rm%20-rf%20~%20%23' -H "X-API-Key: $MONCRENEAU_API_KEY"`
    ]
  ] as const)('id %s with %s', (id, scheme, command) => {
    expect(manualCancelCommand(new URL('https://mc-prd.duckdns.org/api/v1'), id, scheme)).toBe(command);
  });
});
