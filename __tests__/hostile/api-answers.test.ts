/**
 * Hostile API answers through the BUILT bundle under Node 24: every class of unreadable answer
 * on the API calls (probe and credits) fails the run with its reason, never crashes it, and
 * keeps memory under 200 MB.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { ALL_ATTACKS, startAttacker, type Attacker, type AttackName } from './attackers.js';
import { expectFailClosed, FAILURE_REASONS, runUnderAttack } from './under-attack.js';

let attacker: Attacker | undefined;
afterEach(async () => {
  await attacker?.close();
  attacker = undefined;
});

const KEY = 'mk_test_HostileApiAnswers_7Ra2Qe9Lw4';

/** Reasons of the answers that are HTTP but not an API answer. */
const READ_REASONS: Partial<Record<AttackName, RegExp>> = {
  'gzip-bomb': /compressed \(gzip\) although no compression was asked for/,
  'br-bomb': /compressed \(br\) although no compression was asked for/,
  'empty-200': /an empty body/,
  'deep-json': /nested deeper than 64 levels/,
  'huge-error-code': /400 EXXXX/
};

describe('hostile API answers (bundle, preflight api and credits)', () => {
  it.each(ALL_ATTACKS)('when every API call is answered with %s then the run fails closed, naming why', async (name) => {
    attacker = await startAttacker(name);
    const run = await runUnderAttack({
      environment: 'staging',
      checks: 'api,credits',
      'api-url': `${attacker.url}/api/v1`,
      'api-key': KEY,
      retries: '0',
      'timeout-seconds': '4',
      'pr-comment': 'false'
    });
    expectFailClosed(run);
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(attacker.requests.length).toBeGreaterThan(0);
    const reason = FAILURE_REASONS[name] ?? READ_REASONS[name]!;
    expect(run.summary).toMatch(reason);
    // A 600 KB code is cut where it enters: the whole summary stays small.
    expect(run.summary.length).toBeLessThan(20_000);
  });
});
