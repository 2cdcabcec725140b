/**
 * Hostile answers to the webhook probes through the BUILT bundle under Node 24: the endpoint (or
 * what sits in front of it) answers every probe with one attack. The check fails with its
 * reason; the run never crashes and keeps memory under 200 MB.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { ALL_ATTACKS, startAttacker, type Attacker } from './attackers.js';
import { expectFailClosed, FAILURE_ATTACKS, FAILURE_REASONS, runUnderAttack } from './under-attack.js';

let attacker: Attacker | undefined;
afterEach(async () => {
  await attacker?.close();
  attacker = undefined;
});

async function probeWith(name: (typeof ALL_ATTACKS)[number]) {
  attacker = await startAttacker(name);
  return runUnderAttack({
    environment: 'staging',
    checks: 'webhook',
    'webhook-url': `${attacker.url}/webhooks/moncreneau`,
    'webhook-secret': 'whsec_HostileWebhookAnswers_3Kd8Vn1Zq',
    'allow-private-webhook': 'true',
    'webhook-timeout-ms': '1500',
    'timeout-seconds': '6',
    'pr-comment': 'false'
  });
}

describe('hostile webhook answers (bundle, preflight webhook)', () => {
  it.each(FAILURE_ATTACKS)('when every probe is answered with %s then the check fails, naming why', async (name) => {
    const run = await probeWith(name);
    expectFailClosed(run);
    expect(run.outputs.result).toBe('fail');
    expect(run.summary).toMatch(/\| Webhook round trip \| ❌ Fail \|/);
    expect(run.allText).toMatch(FAILURE_REASONS[name]!);
  });

  // These are answers: identical for the genuine event and the forgeries, so the check cannot pass either.
  it.each(ALL_ATTACKS.filter((a) => !FAILURE_ATTACKS.includes(a)))(
    'when every probe is answered with %s then the run still ends as a verdict',
    async (name) => {
      const run = await probeWith(name);
      expectFailClosed(run);
      expect(run.outputs.result).toBe('fail');
      expect(run.summary.length).toBeLessThan(20_000);
    }
  );
});
