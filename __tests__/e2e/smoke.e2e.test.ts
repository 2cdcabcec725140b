/** Smoke mode through the built bundle under Node 24, cancelled by the runner mid-way. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { startReceiver, type Receiver } from '../../sandbox/webhook-receiver.mjs';
import { runBundle, startBundle } from '../helpers/run-bundle.js';

const SECRET = 'whsec_e2e_smoke_0123456789abcdef';
let double: Double;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver({ secret: SECRET });
  double = await startDouble({ credits: 20, webhook: { url: receiver.url, secret: SECRET } });
});
afterAll(async () => {
  await Promise.all([double.close(), receiver.close()]);
});

const inputs = (extra: Record<string, string> = {}) => ({
  mode: 'smoke',
  environment: 'staging',
  'api-url': double.url,
  'api-key': double.keys.test,
  'department-id': '2',
  'webhook-confirm-url': `${receiver.origin}/confirm/{appointmentId}/{event}`,
  'webhook-wait-seconds': '5',
  ...extra
});

describe('bundle: smoke mode', () => {
  it('passes a healthy deploy and outputs the appointment id', async () => {
    const run = await runBundle(inputs());
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs['appointment-id']).toMatch(/^\d+$/);
    expect(run.summary).toMatch(/\| Create test appointment \| ✅ Pass \|/);
    expect(double.state.test.appointments.get(Number(run.outputs['appointment-id']))!.status).toBe('CANCELLED');
    expect(double.state.test.credits).toBe(20);
  });

  it('refuses to run without a department id, before anything is booked', async () => {
    const before = double.state.requests.length;
    const run = await runBundle(inputs({ 'department-id': '' }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('department-id: is required in smoke mode');
    expect(double.state.requests.length).toBe(before);
  });

  it('cancels the appointment before exiting when the runner sends SIGTERM', async () => {
    const known = new Set(double.state.test.appointments.keys());
    const withBlock = inputs({ 'webhook-confirm-url': `${receiver.origin}/confirm/{appointmentId}/never-{event}`, 'webhook-wait-seconds': '60' });
    const { child, done } = startBundle(withBlock, {}, { runnerDefaults: false, timeoutMs: 60_000 });
    const booked = async (): Promise<number> => {
      for (;;) {
        const fresh = [...double.state.test.appointments.keys()].find((id) => !known.has(id));
        if (fresh !== undefined) return fresh;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const id = await booked();
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGTERM');
    const t0 = performance.now();
    const { code, outputs, summary } = await done;
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(code).toBe(1);
    expect(double.state.test.appointments.get(id)!.status).toBe('CANCELLED');
    expect(summary).toMatch(/\| Cancel test appointment \| ✅ Pass \|/);
    expect(summary).toContain('the job was cancelled');
    expect(outputs['appointment-id']).toBe(String(id));
  });
});
