/**
 * The sticky pull request comment end to end: the BUILT bundle (rebuild with `npm run build`)
 * under Node 24, as a pull_request run, against a local stand-in for the GitHub API given in
 * GITHUB_API_URL. Only the config check runs, so no MONCRENEAU server is involved.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commentMarker } from '../../src/report/pr-comment.js';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double.js';
import { expectNoSecrets, runBundle } from '../helpers/run-bundle.js';

const TEST_KEY = 'mk_test_E2EcOmm3nt5Gd82KsWq1';
const WEBHOOK_SECRET = 'whsec_E2EcOmm3nt_6Tn3Bv8Xr1';
const TOKEN = 'ghs_E2EcOmm3ntToken_9Lm4Hq7Pz2Vc';
const MARKER = commentMarker('staging', 'preflight');

let github: GitHubDouble;
let dir: string;
let eventPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gate-pr-e2e-'));
  eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 12, pull_request: { number: 12, head: { ref: 'feature' } } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  github = await startGitHubDouble();
});
afterEach(async () => github.close());

const INPUTS = { environment: 'staging', 'api-key': TEST_KEY, 'webhook-secret': WEBHOOK_SECRET, checks: 'config', 'github-token': TOKEN };

function prRun(inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runBundle(
    { ...INPUTS, ...inputs },
    {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_API_URL: github.url,
      GITHUB_RUN_ID: '4242',
      ...env
    }
  );
}

const writes = () => github.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH');
const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning'));

/** No secret in any request GitHub received; the token only in the Authorization header. */
function expectNoSecretsSent(): void {
  for (const request of github.requests) {
    const { authorization, ...otherHeaders } = request.headers;
    expect(authorization).toBe(`token ${TOKEN}`);
    expectNoSecrets([request.url, JSON.stringify(otherHeaders), request.body].join('\n'), [TEST_KEY, WEBHOOK_SECRET, TOKEN]);
  }
}

describe('the built action on a pull request', () => {
  it('when it first runs then it creates one comment: the marker and the job summary, no secret', async () => {
    const run = await prRun();
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(warnings(run.stdout)).toEqual([]);
    expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual(['POST /repos/acme/shop/issues/12/comments']);
    const { body } = JSON.parse(writes()[0]!.body) as { body: string };
    expect(body.startsWith(`${MARKER}\n## MONCRENEAU deploy gate — staging — ✅ passed`)).toBe(true);
    expect(body).toContain(run.summary.trimEnd());
    expect(body).toContain('[workflow run](https://github.com/acme/shop/actions/runs/4242)');
    expect(run.stdout).toMatch(/^Pull request #12: gate comment created \(https:\/\/github\.example\/acme\/shop\/pull\/12#issuecomment-\d+\)\.$/m);
    expectNoSecretsSent();
    expectNoSecrets(run.allText, [TEST_KEY, WEBHOOK_SECRET, TOKEN]);
  });

  it('when it runs again then it updates that same comment instead of adding one', async () => {
    await prRun();
    const id = github.comments.get(12)![0]!.id;
    const second = await prRun({ 'api-key': 'mk_live_E2EcOmm3nt0Wrongkind44' });
    expect(second.code).toBe(1);
    expect(github.comments.get(12)).toHaveLength(1);
    expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual(['POST /repos/acme/shop/issues/12/comments', `PATCH /repos/acme/shop/issues/comments/${id}`]);
    const { body } = JSON.parse(writes()[1]!.body) as { body: string };
    expect(body.startsWith(`${MARKER}\n## MONCRENEAU deploy gate — staging — ❌ blocked`)).toBe(true);
    expect(github.comments.get(12)![0]!.body).toBe(body);
    expect(second.stdout).toMatch(/^Pull request #12: gate comment updated/m);
    expectNoSecretsSent();
    expectNoSecrets(second.allText, ['mk_live_E2EcOmm3nt0Wrongkind44', TOKEN]);
  });

  it.each<[string, Record<string, string>, number, string]>([
    ['a passing run', {}, 0, 'pass'],
    ['a blocked run', { environment: 'production' }, 1, 'fail']
  ])(
    'when a fork’s read-only token is refused (403) on %s then the exit code and result are unchanged, with a warning',
    async (_label, inputs, code, result) => {
      github.refuseWrites = { status: 403, message: 'Resource not accessible by integration' };
      const run = await prRun(inputs);
      expect(run.code).toBe(code);
      expect(run.outputs.result).toBe(result);
      expect(warnings(run.stdout)).toEqual([
        '::warning title=Pull request comment not posted::Could not comment on pull request #12: 403 Resource not accessible by integration (a fork’s token is read-only; otherwise give the job permissions: pull-requests: write). The verdict is unchanged.'
      ]);
      expect(run.summary).toContain('MONCRENEAU deploy gate');
      expectNoSecretsSent();
    }
  );

  it('when there is no token then the verdict stands and the log says why there is no comment', async () => {
    const run = await prRun({ 'github-token': '' });
    expect(run.code).toBe(0);
    expect(github.requests).toEqual([]);
    expect(warnings(run.stdout)).toEqual([
      '::warning title=Pull request comment not posted::Could not comment on pull request #12: no github-token was given (pass one, or set pr-comment: false). The verdict is unchanged.'
    ]);
  });

  it('when an input does not parse then the comment still tells the reviewer', async () => {
    const run = await prRun({ 'min-credits': 'abc' });
    expect(run.code).toBe(1);
    const { body } = JSON.parse(writes()[0]!.body) as { body: string };
    expect(body).toContain('min-credits');
  });

  it.each<[string, Record<string, string>, Record<string, string>]>([
    ['pr-comment is false', { 'pr-comment': 'false' }, {}],
    ['the event is a push', {}, { GITHUB_EVENT_NAME: 'push' }],
    ['the event is a manual run', {}, { GITHUB_EVENT_NAME: 'workflow_dispatch' }]
  ])('when %s then GitHub is not called at all', async (_label, inputs, env) => {
    const run = await prRun(inputs, env);
    expect(run.code).toBe(0);
    expect(github.requests).toEqual([]);
    expect(warnings(run.stdout)).toEqual([]);
  });
});
