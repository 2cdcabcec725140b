/**
 * End to end through the BUILT bundle (dist/index.js under Node 24): rebuild it first with
 * `npx ncc build src/index.ts -o dist --license licenses.txt`. Only the config check runs, so
 * no network is involved.
 */
import { describe, it, expect } from '@jest/globals';
import { dirname } from 'node:path';
import { expectNoSecrets, parseOutputFile, runBundle } from '../helpers/run-bundle.js';
import { readerSees } from '../helpers/markdown.js';

const LIVE_KEY = 'mk_live_E2Elive7Qx93LmPz0Wd5Kv';
const TEST_KEY = 'mk_test_E2Etest4Hs81NbRy6Tc2Jq';
const WEBHOOK_SECRET = 'whsec_E2Ewebhook_9Zr4Vt7Yp2Mn';
const OUTPUT_NAMES = ['result', 'failed-checks', 'warned-checks', 'credits', 'api-latency-ms', 'webhook-latency-ms', 'report-path'];

const firstHeading = (md: string) => md.split('\n').find((l) => /^#{1,6} /.test(l)) ?? '';

describe('parseOutputFile', () => {
  it.each<[string, string, Record<string, string>]>([
    ['a heredoc block', 'result<<ghadelimiter_1\npass\nghadelimiter_1\n', { result: 'pass' }],
    ['an empty heredoc value', 'credits<<D\n\nD\n', { credits: '' }],
    ['a multi-line value', 'x<<D\na\nb\nD\n', { x: 'a\nb' }],
    ['a name=value line', 'a=b=c\n', { a: 'b=c' }]
  ])('when the file holds %s then it is read', (_label, text, expected) => {
    expect(parseOutputFile(text)).toEqual(expected);
  });

  it('when a heredoc is not closed then it throws', () => {
    expect(() => parseOutputFile('x<<D\nvalue\n')).toThrow(/closing delimiter/);
  });
});

describe('the built action: config only', () => {
  it('when a staging config is valid then it passes with every output, the summary and the report', async () => {
    const run = await runBundle({ environment: 'staging', 'api-key': TEST_KEY, checks: 'config' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(Object.keys(run.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    expect(run.outputs).toMatchObject({ result: 'pass', 'failed-checks': '', 'warned-checks': '', credits: '', 'api-latency-ms': '' });
    expect(run.outputs['report-path']).toMatch(/moncreneau-deploy-gate-.*\.json$/);
    expect(dirname(run.outputs['report-path']!)).toMatch(/runner-temp-/);

    const heading = firstHeading(run.summary);
    expect(heading).toContain('MONCRENEAU deploy gate');
    expect(heading).toContain('staging');
    expect(heading).toContain('passed');
    expect(run.summary).toContain('| Configuration | ✅ Pass |');

    const report = run.report!;
    expect(report).toMatchObject({ version: 1, mode: 'preflight', environment: 'staging', result: 'pass' });
    expect(new Date(report.startedAt as string).toISOString()).toBe(report.startedAt);
    expect(report.durationMs).toEqual(expect.any(Number));
    const checks = report.checks as Record<string, unknown>[];
    expect(checks.map((c) => c.id)).toEqual(['config', 'api', 'webhook', 'credits']);
    expect(checks.map((c) => c.status)).toEqual(['pass', 'skip', 'skip', 'skip']);
    for (const c of checks) {
      expect(c).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          status: expect.any(String),
          summary: expect.any(String),
          durationMs: expect.any(Number),
          hints: expect.any(Array),
          data: expect.any(Object)
        })
      );
    }
    expect(run.durationMs).toBeLessThan(10_000);
  });

  it('when a test key is used in production then it fails with an error annotation on config', async () => {
    const run = await runBundle({ 'api-key': TEST_KEY, checks: 'config' });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs['failed-checks']).toBe('config');
    expect(run.stdout).toContain('::error title=Configuration (config)::');
    expect(run.stdout).toMatch(/::error title=Configuration \(config\)::.*TEST key in production/);
    expect(firstHeading(run.summary)).toContain('blocked');
    expect(run.summary).toContain('| Configuration | ❌ Fail |');
    expect((run.report!.checks as { status: string }[])[0]!.status).toBe('fail');
    expectNoSecrets(run.allText, [TEST_KEY]);
  });

  it('when an input does not parse then the run fails with that one line and the summary still says so', async () => {
    const run = await runBundle({ 'api-key': LIVE_KEY, checks: 'config', 'min-credits': 'abc' });
    const line = 'min-credits: "abc" is not a whole number >= 0';
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::${line}`);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([`::error::${line}`]);
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs['failed-checks']).toBe('config');
    expect(firstHeading(run.summary)).toContain('MONCRENEAU deploy gate');
    expect(readerSees(run.summary)).toContain(line);
    expect(run.report).toMatchObject({ version: 1, result: 'fail' });
  });

  it('when several inputs do not parse then each has its own line', async () => {
    const run = await runBundle({ checks: 'config,bogus', retries: '11', 'api-key': LIVE_KEY });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('retries: "11" is not a whole number between 0 and 10');
    expect(run.stdout).toMatch(/checks: unknown check "bogus"/);
    const failed = run.stdout.split('\n').find((l) => l.startsWith('::error::'))!;
    expect(failed.split('%0A')).toHaveLength(2);
  });

  it('when fail-on is warning then an unknown-prefix key warning exits 1', async () => {
    const run = await runBundle({ 'api-key': 'sk_E2Eunknown_8Jh3Gf6Dd1Ss', checks: 'config', 'fail-on': 'warning' });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('warn');
    expect(run.outputs['warned-checks']).toBe('config');
    expect(run.outputs['failed-checks']).toBe('');
    expect(run.stdout).toContain('::warning title=Configuration (config)::');
    expect(firstHeading(run.summary)).toContain('blocked on warnings');
    expectNoSecrets(run.allText, ['sk_E2Eunknown_8Jh3Gf6Dd1Ss']);
  });

  it('when fail-on is failure then the same warning exits 0 with result warn', async () => {
    const run = await runBundle({ 'api-key': 'sk_E2Eunknown_8Jh3Gf6Dd1Ss', checks: 'config', 'fail-on': 'failure' });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('warn');
    expect(run.outputs['warned-checks']).toBe('config');
    expect(firstHeading(run.summary)).toContain('passed with warnings');
  });

  it('when GITHUB_STEP_SUMMARY is unset then the summary is printed to standard output', async () => {
    const run = await runBundle({ 'api-key': LIVE_KEY, checks: 'config' }, { GITHUB_STEP_SUMMARY: '' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## MONCRENEAU deploy gate — production — ✅ passed');
  });

  it('when the key and secret come from MONCRENEAU_* variables then they are used and masked', async () => {
    const run = await runBundle(
      { checks: 'config,webhook' },
      { MONCRENEAU_API_KEY: LIVE_KEY, MONCRENEAU_WEBHOOK_SECRET: WEBHOOK_SECRET, MONCRENEAU_WEBHOOK_URL: 'https://app.example/hook' }
    );
    // webhook is not available in this build or passes; either way config passed.
    expect((run.report!.checks as { id: string; status: string }[]).find((c) => c.id === 'config')!.status).toBe('pass');
    expect(run.summary).toContain('from MONCRENEAU\\_API\\_KEY');
    expect(run.stdout).toContain(`::add-mask::${LIVE_KEY}`);
    expect(run.stdout).toContain(`::add-mask::${WEBHOOK_SECRET}`);
    expectNoSecrets(run.allText, [LIVE_KEY, WEBHOOK_SECRET]);
  });
});

describe('the built action: secrets', () => {
  it('when secrets are given then they are registered before anything else is written', async () => {
    const run = await runBundle({ 'api-key': LIVE_KEY, 'webhook-secret': WEBHOOK_SECRET, checks: 'config' });
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'));
    const masks = lines.filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toEqual(expect.arrayContaining([`::add-mask::${LIVE_KEY}`, `::add-mask::${WEBHOOK_SECRET}`]));
    expect(lines.slice(0, firstOther).length).toBe(masks.length);
  });

  it.each<[string, Record<string, string>, number]>([
    ['the key is pasted into api-url as a query string', { 'api-url': `https://api.example.com/api/v1?api_key=${LIVE_KEY}` }, 1],
    ['the key is pasted into api-url URL-encoded', { 'api-url': `https://api.example.com/api/v1?k=${encodeURIComponent(LIVE_KEY)}` }, 1],
    ['the key is pasted into api-url as a path segment', { 'api-url': `https://api.example.com/api/v1/${LIVE_KEY}` }, 0],
    ['the key is pasted into api-url as user info', { 'api-url': `https://user:${LIVE_KEY}@api.example.com/api/v1` }, 1],
    ['the webhook secret is in the webhook-url path', { 'webhook-url': `https://app.example/hooks/${WEBHOOK_SECRET}`, checks: 'config,webhook' }, -1],
    ['the webhook secret is in the webhook-url query', { 'webhook-url': `https://app.example/hook?s=${WEBHOOK_SECRET}`, checks: 'config,webhook' }, -1],
    ['an input that does not parse holds the key', { checks: `config,${LIVE_KEY}` }, 1],
    ['an input that does not parse holds the webhook secret', { 'credits-path': WEBHOOK_SECRET }, 1]
  ])('when %s then neither secret appears anywhere', async (_label, extra, code) => {
    const run = await runBundle({ 'api-key': LIVE_KEY, 'webhook-secret': WEBHOOK_SECRET, checks: 'config', ...extra });
    if (code >= 0) expect(run.code).toBe(code);
    expect(run.summary).not.toBe('');
    expect(run.report).not.toBeNull();
    expectNoSecrets(run.allText, [LIVE_KEY, WEBHOOK_SECRET]);
  });
});
