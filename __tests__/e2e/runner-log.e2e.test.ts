/**
 * What the runner's log shows of a run, through @actions/core in the BUILT bundle (rebuild
 * with `npm run build`) under Node 24: a debug line per HTTP exchange (shown by the runner
 * with ACTIONS_STEP_DEBUG), the checks' details and each watch interval folded in groups,
 * secrets masked first and never printed, failure through setFailed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startDouble } from '../../sandbox/moncreneau-double.mjs';
import { startReceiver } from '../../sandbox/webhook-receiver.mjs';
import { expectNoSecrets, runBundle } from '../helpers/run-bundle.js';

const SECRET = 'whsec_RUNNERlog_2Pc7Nv4Tk9Wb';
let double: Awaited<ReturnType<typeof startDouble>>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  double = await startDouble({});
  receiver = await startReceiver({ secret: SECRET });
});
afterAll(async () => Promise.all([double?.close(), receiver?.close()]));

const base = () => ({
  environment: 'staging',
  'api-url': double.url,
  'api-key': double.keys.test,
  'webhook-url': receiver.url,
  'webhook-secret': SECRET,
  'allow-private-webhook': 'true',
  'pr-comment': 'false'
});

const lines = (stdout: string) => stdout.split('\n');

describe('the runner log of the built action', () => {
  it('when a preflight runs then both secrets are masked before anything else, and never printed', async () => {
    const run = await runBundle(base());
    const printed = lines(run.stdout);
    expect(printed.slice(0, 2)).toEqual([`::add-mask::${double.keys.test}`, `::add-mask::${SECRET}`]);
    expectNoSecrets(printed.slice(2).join('\n') + run.stderr + run.summary, [double.keys.test, SECRET]);
  });

  it('when a preflight runs then each check’s HTTP exchanges are debug lines: method, URL, status, time, body start', async () => {
    const run = await runBundle(base());
    const debug = lines(run.stdout).filter((l) => l.startsWith('::debug::'));
    expect(debug).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^::debug::HTTP GET ${double.url}/appointments\\?size=1 -> 200 in \\d+ ms; received \\d+ bytes "\\{`)),
        expect.stringMatching(new RegExp(`^::debug::HTTP GET ${double.url}/organizations/me -> 200 in \\d+ ms; received \\d+ bytes ".*availableCredits`)),
        expect.stringMatching(
          new RegExp(`^::debug::HTTP POST ${receiver.url} -> 401 in \\d+ ms; sent \\d+ bytes ".*"; received \\d+ bytes ".*invalid signature`)
        )
      ])
    );
  });

  it('when a preflight runs then each check’s details are folded in a group after the verdict lines', async () => {
    const run = await runBundle(base());
    const printed = lines(run.stdout);
    const webhook = printed.indexOf('::group::webhook: details');
    expect(webhook).toBeGreaterThan(printed.findIndex((l) => l.startsWith('✅ Pass  webhook:')));
    expect(printed[webhook + 1]).toMatch(/allowed by allow-private-webhook/);
    expect(printed.slice(webhook).indexOf('::endgroup::')).toBeGreaterThan(1);
  });

  it('when the watch runs then its interval lines are folded in groups, each probe on the debug channel', async () => {
    const run = await runBundle({ ...base(), mode: 'watch', 'watch-minutes': '0.01', 'watch-interval-seconds': '0.2', 'error-window-minutes': '0.005' });
    const printed = lines(run.stdout);
    const first = printed.findIndex((l) => l.startsWith('::group::Intervals 1–'));
    expect(first).toBeGreaterThanOrEqual(0);
    const body = printed.slice(first + 1, first + printed.slice(first).indexOf('::endgroup::'));
    expect(body.filter((l) => !l.startsWith('::debug::'))[0]).toMatch(/^\[0:00\/0:01\] error rate API 0\.0%/);
    expect(printed).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^::debug::watch interval 1: api: 200 in \d+ ms$/),
        expect.stringMatching(/^::debug::watch interval 1: credits: 200 in \d+ ms$/)
      ])
    );
  });

  it('when a check fails then the step fails through setFailed, with titled annotations', async () => {
    const run = await runBundle({ ...base(), checks: 'config,credits', 'min-credits': '1000', 'warn-credits': '2000' });
    expect(run.code).toBe(1);
    const printed = lines(run.stdout);
    expect(printed).toContain(
      '::error title=Credit balance (credits)::500 credits available, minimum 1000%0ABuy credits in the MONCRENEAU dashboard before promoting: below 1000 new appointments may soon be refused (402 INSUFFICIENT_CREDITS).'
    );
    expect(printed).toContain('::error::MONCRENEAU deploy gate: promotion blocked by credits.');
    expect(run.stderr).toBe('');
  });
});
