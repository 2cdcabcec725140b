/**
 * Smoke mode against the local double and a real webhook receiver. Every test ends by
 * asserting the double's final state: nothing left SCHEDULED, credits back where they were.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runSmoke } from '../../src/modes/smoke.js';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { startReceiver, type Receiver } from '../../sandbox/webhook-receiver.mjs';
import { modeContextFor } from '../helpers/mode-context.js';

const SECRET = 'whsec_smoke_test_secret_0123456789';
let double: Double;
let receiver: Receiver;

beforeEach(async () => {
  receiver = await startReceiver({ secret: SECRET });
  double = await startDouble({ credits: 100, webhook: { url: receiver.url, secret: SECRET } });
});
afterEach(async () => {
  await Promise.all([double.close(), receiver.close()]);
});

const inputs = (extra: Record<string, string> = {}) => ({
  mode: 'smoke',
  environment: 'staging',
  'api-url': double.url,
  'api-key': double.keys.test,
  'department-id': '1',
  'webhook-confirm-url': `${receiver.origin}/confirm/{appointmentId}/{event}`,
  'webhook-wait-seconds': '5',
  ...extra
});

function expectNothingLeftBehind(credits = 100): void {
  const scheduled = [...double.state.test.appointments.values()].filter((a) => a.status === 'SCHEDULED');
  expect(scheduled).toEqual([]);
  expect(double.state.test.credits).toBe(credits);
}

const statuses = (checks: { id: string; status: string }[]) => Object.fromEntries(checks.map((c) => [c.id, c.status]));
const posts = () => double.state.requests.filter((r) => r.method === 'POST');

describe('smoke mode', () => {
  it('books, sees both webhooks processed, cancels and gets the credit back', async () => {
    const result = await runSmoke(modeContextFor(inputs()));
    expect(statuses(result.checks)).toEqual({
      config: 'pass',
      'credits-before': 'pass',
      create: 'pass',
      'webhook-created': 'pass',
      cancel: 'pass',
      'webhook-cancelled': 'pass',
      'credits-after': 'pass'
    });
    const id = result.outputs!['appointment-id']!;
    expect(double.state.test.appointments.get(Number(id))?.status).toBe('CANCELLED');
    const booked = double.state.test.appointments.get(Number(id))!;
    expect(booked.name).toBe('moncreneau-deploy-gate smoke test');
    expect(booked.externalUserId).toBe('moncreneau-deploy-gate');
    expect(booked.dateTime).toMatch(/^\d{4}-\d{2}-\d{2}T10:00:00$/);
    expect(result.alert).toBeUndefined();
    expectNothingLeftBehind();
  });

  it('fails when the application never confirms the webhook, and still cancels', async () => {
    const result = await runSmoke(
      modeContextFor(inputs({ 'webhook-confirm-url': `${receiver.origin}/confirm/{appointmentId}/never-{event}`, 'webhook-wait-seconds': '0.6' }))
    );
    const s = statuses(result.checks);
    expect(s['webhook-created']).toBe('fail');
    expect(s.cancel).toBe('pass');
    expect(result.checks.find((c) => c.id === 'webhook-created')!.summary).toMatch(/not confirmed within 0\.6 s \(last answer: 404\)/);
    expectNothingLeftBehind();
  });

  it('retries a DELETE that answers 500 twice, then 204', async () => {
    double.setFaults({ deleteErrors: 2 });
    const result = await runSmoke(modeContextFor(inputs({ retries: '2' })));
    const cancel = result.checks.find((c) => c.id === 'cancel')!;
    expect(cancel.status).toBe('pass');
    expect(cancel.data.attempts).toEqual([3]);
    expect(double.state.requests.filter((r) => r.method === 'DELETE')).toHaveLength(3);
    expectNothingLeftBehind();
  });

  it('fails on 402 at booking, with nothing to cancel', async () => {
    double.setFaults({
      methods: ['POST'],
      respondWith: { status: 402, body: { error: { code: 'INSUFFICIENT_CREDITS', message: 'Crédits insuffisants', details: { required: 1, available: 0 } } } }
    });
    const result = await runSmoke(modeContextFor(inputs()));
    expect(statuses(result.checks)).toEqual({ config: 'pass', 'credits-before': 'pass', create: 'fail' });
    expect(result.checks.find((c) => c.id === 'create')!.hints.join(' ')).toMatch(/buy credits/i);
    expect(double.state.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);
    expect(result.outputs!['appointment-id']).toBe('');
    expectNothingLeftBehind();
  });

  it('finds and cancels the appointment when the booking answer is lost', async () => {
    double.setFaults({ dropAfterCommit: 1 });
    const result = await runSmoke(modeContextFor(inputs()));
    const create = result.checks.find((c) => c.id === 'create')!;
    expect(create.status).toBe('fail');
    expect(create.summary).toMatch(/made all the same \(found \d+/);
    expect(result.checks.find((c) => c.id === 'cancel')!.status).toBe('pass');
    expect(posts()).toHaveLength(1);
    expectNothingLeftBehind();
  });

  it('never books with a test key in production, nor without credit', async () => {
    const wrongKey = await runSmoke(modeContextFor(inputs({ environment: 'production', 'api-url': 'https://127.0.0.1:1/api/v1' })));
    expect(statuses(wrongKey.checks)).toEqual({ config: 'fail' });
    expect(wrongKey.checks[0]!.summary).toContain('TEST key in production');

    double.state.test.credits = 0;
    const broke = await runSmoke(modeContextFor(inputs()));
    expect(statuses(broke.checks)).toEqual({ config: 'pass', 'credits-before': 'fail' });
    expect(posts()).toHaveLength(0);
    expectNothingLeftBehind(0);
  });

  it('cancels before returning when the job is cancelled mid-way', async () => {
    const cancel = new AbortController();
    const running = runSmoke(
      modeContextFor(inputs({ 'webhook-confirm-url': `${receiver.origin}/confirm/{appointmentId}/never-{event}`, 'webhook-wait-seconds': '30' }), {
        cancelled: cancel.signal
      })
    );
    while (double.state.test.appointments.size === 0) await new Promise((r) => setTimeout(r, 20));
    const t0 = performance.now();
    cancel.abort();
    const result = await running;
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(result.checks.find((c) => c.id === 'cancel')!.status).toBe('pass');
    expect(result.checks.find((c) => c.id === 'stopped')!.summary).toContain('the job was cancelled');
    expectNothingLeftBehind();
  });

  it('puts the appointment id and the command to cancel it first when cancelling fails', async () => {
    double.setFaults({ deleteErrors: 100 });
    const result = await runSmoke(modeContextFor(inputs({ retries: '0', 'timeout-seconds': '10' })));
    const id = result.outputs!['appointment-id']!;
    expect(result.checks.find((c) => c.id === 'cancel')!.status).toBe('fail');
    expect(result.alert!.message).toContain(`Appointment ${id} was NOT cancelled`);
    expect(result.alert!.command).toBe(`curl -X DELETE '${double.url}/appointments/${id}' -H "X-API-Key: $MONCRENEAU_API_KEY"`);
    expect(double.state.test.appointments.get(Number(id))!.status).toBe('SCHEDULED');
  });

  it('skips the webhook steps, saying so, when no confirm URL is given', async () => {
    const result = await runSmoke(modeContextFor(inputs({ 'webhook-confirm-url': '' })));
    expect(statuses(result.checks)['webhook-created']).toBe('skip');
    expect(result.checks.find((c) => c.id === 'webhook-created')!.summary).toContain('not verified');
    expectNothingLeftBehind();
  });
});
