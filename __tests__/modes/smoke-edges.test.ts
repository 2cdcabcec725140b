/**
 * Smoke mode at its edges: the deadline inside a step, a refund that never comes, and a lost
 * booking that cannot be looked up. Each ends failing, and says so where it must.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runSmoke } from '../../src/modes/smoke.js';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { modeContextFor } from '../helpers/mode-context.js';

let double: Double;
let confirm: http.Server | undefined;
beforeEach(async () => {
  double = await startDouble({ credits: 50 });
});
afterEach(async () => {
  await double.close();
  confirm?.closeAllConnections();
  confirm?.close();
  confirm = undefined;
});

const inputs = (extra: Record<string, string> = {}) => ({
  mode: 'smoke',
  environment: 'staging',
  'api-url': double.url,
  'api-key': double.keys.test,
  'department-id': '1',
  ...extra
});

/** A confirm endpoint answering with `answer(event)`; returns its URL template. */
async function confirmServer(answer: (event: string) => number): Promise<string> {
  confirm = http.createServer((req, res) => {
    res.statusCode = answer(decodeURIComponent(req.url!.split('/').pop()!));
    res.end();
  });
  await new Promise<void>((resolve) => confirm!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(confirm.address() as AddressInfo).port}/confirm/{appointmentId}/{event}`;
}

const scheduled = () => [...double.state.test.appointments.values()].filter((a) => a.status === 'SCHEDULED');

describe('smoke mode at its edges', () => {
  it('cancels when the deadline comes during a step, and says the deadline stopped it', async () => {
    const template = await confirmServer(() => 404);
    const result = await runSmoke(modeContextFor(inputs({ 'webhook-confirm-url': template, 'webhook-wait-seconds': '60', 'timeout-seconds': '10' })));
    expect(result.checks.find((c) => c.id === 'cancel')!.status).toBe('pass');
    expect(result.checks.find((c) => c.id === 'stopped')!.summary).toBe('stopped early: the deadline came');
    expect(scheduled()).toEqual([]);
    expect(double.state.test.credits).toBe(50);
  });

  it('fails when the credit does not come back after the cancellation', async () => {
    // The application "processes" the cancellation while a credit goes missing: no refund seen.
    const template = await confirmServer((event) => {
      if (event === 'appointment.cancelled') double.state.test.credits -= 1;
      return 200;
    });
    const result = await runSmoke(modeContextFor(inputs({ 'webhook-confirm-url': template })));
    const after = result.checks.find((c) => c.id === 'credits-after')!;
    expect(after.status).toBe('fail');
    expect(after.summary).toBe('49 credits after, 50 before: the balance did not come back');
  });

  it('puts the lookup command first when a lost booking cannot be looked up', async () => {
    double.setFaults([
      { methods: ['POST'], paths: ['/appointments'], dropAfterCommit: 1 },
      { methods: ['GET'], paths: [/^\/appointments$/], serverErrors: 1000 }
    ]);
    const result = await runSmoke(modeContextFor(inputs({ retries: '0' })));
    expect(result.checks.find((c) => c.id === 'create')!.status).toBe('fail');
    expect(result.alert!.message).toMatch(
      /^The booking's answer was lost and looking it up failed .*: an appointment of externalUserId moncreneau-deploy-gate on \d{4}-\d{2}-\d{2}T10:00:00 may exist/
    );
    expect(result.alert!.command).toMatch(
      /^curl '.*\/api\/v1\/appointments\?externalUserId=moncreneau-deploy-gate&startDate=\d{4}-\d{2}-\d{2}&endDate=\d{4}-\d{2}-\d{2}&size=100' -H "X-API-Key: \$MONCRENEAU_API_KEY"$/
    );
    // It really is there, and the alert is the only thing that says so.
    expect(scheduled()).toHaveLength(1);
  });
});
