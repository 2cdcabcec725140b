/**
 * Hostile answers on the smoke confirm URL through the BUILT bundle under Node 24: the
 * application's confirm endpoint (or what sits in front of it) answers every poll with one
 * attack while the MONCRENEAU double books for real. The run never crashes, keeps memory under
 * 200 MB, and the test appointment is always cancelled.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { ALL_ATTACKS, startAttacker, type Attacker } from './attackers.js';
import { expectFailClosed, FAILURE_ATTACKS, FAILURE_REASONS, runUnderAttack } from './under-attack.js';

let double: Double;
let attacker: Attacker | undefined;
beforeAll(async () => {
  double = await startDouble({ credits: 100 });
});
afterAll(async () => double.close());
afterEach(async () => {
  await attacker?.close();
  attacker = undefined;
});

async function smokeWith(name: (typeof ALL_ATTACKS)[number]) {
  attacker = await startAttacker(name);
  const run = await runUnderAttack({
    mode: 'smoke',
    environment: 'staging',
    'api-url': double.url,
    'api-key': double.keys.test,
    'department-id': '2',
    'webhook-confirm-url': `${attacker.url}/confirm/{appointmentId}/{event}`,
    'webhook-wait-seconds': '2',
    'timeout-seconds': '20',
    'pr-comment': 'false'
  });
  const left = [...double.state.test.appointments.values()].filter((a) => a.status === 'SCHEDULED');
  return { run, left };
}

describe('hostile confirm URL answers (bundle, smoke)', () => {
  it.each(FAILURE_ATTACKS)('when every poll is answered with %s then nothing is confirmed, the reason is named and the booking cancelled', async (name) => {
    const { run, left } = await smokeWith(name);
    expectFailClosed(run);
    expect(attacker!.requests.some((r) => r.startsWith('GET /confirm/'))).toBe(true);
    expect(run.outputs.result).not.toBe('pass');
    expect(run.allText).toMatch(FAILURE_REASONS[name]!);
    expect(left).toEqual([]);
  });

  it.each(ALL_ATTACKS.filter((a) => !FAILURE_ATTACKS.includes(a)))(
    'when every poll is answered with %s then the run ends as a verdict and the booking is cancelled',
    async (name) => {
      const { run, left } = await smokeWith(name);
      expectFailClosed(run);
      expect(left).toEqual([]);
    }
  );
});
