/**
 * Hostile cases: a booking is a booking. Whatever the answer to POST /appointments looks like,
 * an appointment the double really booked ends cancelled or named in the 🚨 alert, and no
 * appointment the gate cannot prove its own (a customer's) is ever cancelled. Built bundle,
 * real double on 127.0.0.1.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startDouble, type Appointment, type Double, type FaultSet } from '../../sandbox/moncreneau-double.mjs';
import { runBundle } from '../helpers/run-bundle.js';

let double: Double;
beforeEach(async () => {
  double = await startDouble({ credits: 40 });
});
afterEach(async () => {
  await double.close();
});

const smoke = (extra: Record<string, string> = {}) => ({
  mode: 'smoke',
  environment: 'staging',
  'api-url': double.url,
  'api-key': double.keys.test,
  'department-id': '1',
  'pr-comment': 'false',
  'timeout-seconds': '20',
  ...extra
});

const all = () => [...double.state.test.appointments.values()];
const byGate = () => all().filter((a) => a.externalUserId === 'moncreneau-deploy-gate');
const deletes = () => double.state.requests.filter((r) => r.method === 'DELETE').map((r) => r.path);

/** A customer's appointment at the very time the gate books, seeded straight into the double. */
function seedCustomer(fields: Partial<Appointment> = {}): Appointment {
  const day = new Date(Date.now() + 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const appointment: Appointment = {
    id: double.state.test.nextId++,
    departmentId: 1,
    dateTime: `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T10:00:00`,
    status: 'SCHEDULED',
    name: 'Mme Diallo',
    qrCode: 'MC-CUSTOMER',
    createdAt: new Date().toISOString(),
    externalUserId: 'patient-314',
    ...fields
  };
  double.state.test.appointments.set(appointment.id, appointment);
  return appointment;
}

const booked = (answer: NonNullable<FaultSet['bookedAnswer']>): FaultSet => ({
  methods: ['POST'],
  paths: ['/appointments'],
  bookedAnswer: { count: 1, ...answer }
});

describe('hostile: an answer that carries an appointment id is a booking', () => {
  it.each([
    ['201 with an error object beside the id', { status: 201, extra: { error: { code: 'PARTIAL_FAILURE', message: 'notification not sent' } } }],
    ['200 with a warning', { status: 200, extra: { warning: 'slot nearly full' } }],
    ['202 accepted', { status: 202 }],
    ['400 with the id', { status: 400, extra: { error: { code: 'INVALID_REQUEST', message: 'workerId ignored' } } }],
    ['409 with the id', { status: 409, extra: { error: { code: 'DUPLICATE_APPOINTMENT' } } }],
    ['500 with the id', { status: 500, extra: { error: { code: 'INTERNAL_SERVER_ERROR' } } }]
  ] as const)('%s: cancelled, the run fails, and it says why', async (_, answer) => {
    double.setFaults(booked(answer));
    const run = await runBundle(smoke());
    const mine = byGate();
    expect(mine).toHaveLength(1);
    expect(mine[0]!.status).toBe('CANCELLED');
    expect(double.state.test.credits).toBe(40);
    expect(run.outputs['appointment-id']).toBe(String(mine[0]!.id));
    if (answer.status !== 201 && answer.status !== 200 && answer.status !== 202) {
      expect(run.code).toBe(1);
      expect(run.summary).toMatch(new RegExp(`\\| Create test appointment \\| ❌ Fail \\| .*yet the answer carries appointment ${mine[0]!.id}`));
    } else if ('extra' in answer && 'error' in answer.extra) {
      // An error envelope behind a 2xx is an error: failing, yet cancelled.
      expect(run.code).toBe(1);
    }
    expect(run.summary).toMatch(/\| Cancel test appointment \| ✅ Pass \|/);
  });

  it('an id given only in the error details (a customer’s, holding the slot) is never cancelled', async () => {
    const customer = seedCustomer();
    double.setFaults({
      methods: ['POST'],
      paths: ['/appointments'],
      respondWith: { status: 409, body: { error: { code: 'SLOT_NOT_AVAILABLE', details: { id: customer.id, appointmentId: customer.id } } }, count: 1 }
    });
    const run = await runBundle(smoke());
    expect(run.code).toBe(1);
    expect(customer.status).toBe('SCHEDULED');
    expect(deletes()).toEqual([]);
    expect(run.outputs['appointment-id']).toBe('');
  });

  it('an id nested as data.id is looked up, and cancelled once proven the test’s own', async () => {
    const customer = seedCustomer();
    double.setFaults(booked({ status: 201, shape: 'nested' }));
    const run = await runBundle(smoke());
    expect(run.code).toBe(1);
    const mine = byGate();
    expect(mine.map((a) => a.status)).toEqual(['CANCELLED']);
    expect(customer.status).toBe('SCHEDULED');
    expect(run.summary).toContain('it carries an id at data.id');
    expect(run.outputs['appointment-id']).toBe(String(mine[0]!.id));
  });

  it('a top-level id that cannot be used in a path: found by the lookup and cancelled', async () => {
    double.setFaults(booked({ status: 201, extra: { id: '../..' } }));
    const run = await runBundle(smoke());
    expect(run.code).toBe(1);
    expect(byGate().map((a) => a.status)).toEqual(['CANCELLED']);
    expect(deletes().every((p) => /^\/api\/v1\/appointments\/\d+$/.test(p))).toBe(true);
  });
});

describe('hostile: a lost answer cancels only what it can prove', () => {
  it.each([['name'], ['externalUserId'], ['dateTime']])('the list leaves out %s: named in the alert, never cancelled', async (field) => {
    const customer = seedCustomer({ externalUserId: undefined, name: 'moncreneau-deploy-gate smoke test' });
    double.setFaults([{ methods: ['POST'], paths: ['/appointments'], dropAfterCommit: 1 }, { listWithout: { fields: [field] } }]);
    const run = await runBundle(smoke({ retries: '0' }));
    expect(run.code).toBe(1);
    const mine = byGate();
    expect(mine).toHaveLength(1);
    // Neither the gate's own appointment (unprovable once a field is missing) nor the customer's is touched.
    expect(mine[0]!.status).toBe('SCHEDULED');
    expect(customer.status).toBe('SCHEDULED');
    expect(deletes()).toEqual([]);
    expect(run.summary.startsWith('> 🚨')).toBe(true);
    expect(run.summary).toContain(String(mine[0]!.id));
    expect(run.summary).toContain(`no ${field}`);
    expect(run.summary).not.toContain('no appointment was made');
  });

  it('with every field listed, the test’s own is cancelled and a same-time customer with no externalUserId is left alone', async () => {
    const customer = seedCustomer({ externalUserId: undefined, name: 'moncreneau-deploy-gate smoke test' });
    double.setFaults({ methods: ['POST'], paths: ['/appointments'], dropAfterCommit: 1 });
    // The double filters by externalUserId, so a customer without one is not even listed; the
    // gate's own is found, proven and cancelled.
    const run = await runBundle(smoke({ retries: '0' }));
    expect(byGate().map((a) => a.status)).toEqual(['CANCELLED']);
    expect(customer.status).toBe('SCHEDULED');
    expect(run.code).toBe(1);
  });
});
