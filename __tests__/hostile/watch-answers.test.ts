/**
 * Hostile answers on the watch's health and heartbeat URLs through the BUILT bundle under
 * Node 24, the MONCRENEAU double answering the API: the run never crashes, keeps memory under
 * 200 MB, and an answer that cannot be read never counts as a healthy one.
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

async function watchWith(name: (typeof ALL_ATTACKS)[number]) {
  attacker = await startAttacker(name);
  return runUnderAttack({
    mode: 'watch',
    environment: 'staging',
    'api-url': double.url,
    'api-key': double.keys.test,
    'watch-minutes': '0.03',
    'watch-interval-seconds': '0.5',
    'health-url': `${attacker.url}/health`,
    'webhook-heartbeat-url': `${attacker.url}/heartbeat`,
    'max-webhook-silence-minutes': '5',
    'timeout-seconds': '15',
    'pr-comment': 'false'
  });
}

describe('hostile health and heartbeat answers (bundle, watch)', () => {
  it.each(FAILURE_ATTACKS)('when both URLs answer with %s then the watch does not pass, and the reason is named', async (name) => {
    const run = await watchWith(name);
    expectFailClosed(run);
    expect(attacker!.requests).toEqual(expect.arrayContaining(['GET /health', 'GET /heartbeat']));
    expect(run.outputs.result).not.toBe('pass');
    expect(run.allText).toMatch(FAILURE_REASONS[name]!);
  });

  it.each(ALL_ATTACKS.filter((a) => !FAILURE_ATTACKS.includes(a)))('when both URLs answer with %s then the run ends as a verdict', async (name) => {
    const run = await watchWith(name);
    expectFailClosed(run);
    expect(attacker!.requests).toEqual(expect.arrayContaining(['GET /heartbeat']));
    // No heartbeat can be read from these: never "webhooks arriving".
    expect(run.summary).not.toMatch(/^\| Webhooks arriving \| ✅ Pass/m);
  });
});
