/**
 * The sticky comment through the real Octokit client (@actions/github) against a local
 * stand-in for the GitHub API: create, update, pagination, authors, and every failure as a
 * warning that never throws.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateIO } from '../../src/io/gate-io.js';
import { connectToGitHub, postPullRequestComment, type CommentLimits, type ConnectGitHub } from '../../src/io/github-comment.js';
import { githubRunFrom } from '../../src/run-context.js';
import { makeRedactor } from '../../src/redact.js';
import type { Annotation } from '../../src/report/run-report.js';
import { commentMarker } from '../../src/report/pr-comment.js';
import { ACTIONS_BOT, startGitHubDouble, type GitHubDouble } from '../helpers/github-double.js';

const TOKEN = 'ghs_UNITtoken_4Fq8Wz1Lp6Rm3Xc9';
const SECRET = 'mk_live_UNITkey_7Hs2Nd5Qa8';
const MARKER = commentMarker('production', 'preflight');
const SUMMARY = '## MONCRENEAU deploy gate — production — ✅ passed\n\nEvery selected check passed.\n';
const FAST: CommentLimits = { callTimeoutMs: 300, totalTimeoutMs: 800, maxPages: 10 };

let github: GitHubDouble;
let dir: string;
let connects = 0;
const connect: ConnectGitHub = async (token, baseUrl) => {
  connects++;
  return connectToGitHub(token, baseUrl);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gate-comment-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  github = await startGitHubDouble();
  connects = 0;
});
afterEach(async () => github.close());

function recordingIO() {
  const annotations: Annotation[] = [];
  const info: string[] = [];
  const io = { annotate: (a: Annotation) => annotations.push(a), info: (l: string) => info.push(l) } as unknown as GateIO;
  return { io, annotations, info };
}

function prEnv(payload: unknown = { pull_request: { number: 12 } }, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const eventPath = join(dir, `event-${Math.random()}.json`);
  writeFileSync(eventPath, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: github.url,
    GITHUB_RUN_ID: '77',
    ...extra
  };
}

async function post(
  env: NodeJS.ProcessEnv,
  opts: { enabled?: boolean; token?: string; markdown?: string; limits?: CommentLimits; environment?: string; deadline?: number; cancelled?: AbortSignal } = {}
) {
  const recorded = recordingIO();
  const settings = {
    enabled: opts.enabled ?? true,
    token: opts.token ?? TOKEN,
    redact: makeRedactor([SECRET, TOKEN]),
    deadline: opts.deadline ?? performance.now() + 60_000,
    ...(opts.cancelled ? { cancelled: opts.cancelled } : {})
  };
  const run = { markdown: opts.markdown ?? SUMMARY, environment: opts.environment ?? 'production', mode: 'preflight' };
  await postPullRequestComment(settings, run, githubRunFrom(env), recorded.io, connect, opts.limits ?? FAST);
  return recorded;
}

const writes = () => github.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH');

describe('postPullRequestComment: when no comment is due', () => {
  it.each<[string, () => NodeJS.ProcessEnv, { enabled?: boolean }]>([
    ['pr-comment is false', () => prEnv(), { enabled: false }],
    ['the event is a push', () => ({ ...prEnv(), GITHUB_EVENT_NAME: 'push' }), {}],
    ['there is no event (the CLI)', () => ({}), {}]
  ])('when %s then nothing is requested and the GitHub client is not even loaded', async (_label, env, opts) => {
    const { annotations, info } = await post(env(), opts);
    expect(github.requests).toEqual([]);
    expect(connects).toBe(0);
    expect(annotations).toEqual([]);
    expect(info).toEqual([]);
  });
});

describe('postPullRequestComment: the sticky comment', () => {
  it('when the pull request has no gate comment then one is created with the marker, the summary and the run link', async () => {
    const { annotations, info } = await post(prEnv());
    expect(annotations).toEqual([]);
    const [comment] = github.comments.get(12)!;
    expect(comment!.body).toBe(
      `${MARKER}\n${SUMMARY.trimEnd()}\n\n<sub>Posted by moncreneau-deploy-gate and updated on every run · [workflow run](https://github.com/acme/shop/actions/runs/77)</sub>\n`
    );
    expect(info).toEqual([`Pull request #12: gate comment created (${comment!.html_url}).`]);
    expect(github.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /user',
      'GET /repos/acme/shop/issues/12/comments?per_page=100&page=1',
      'POST /repos/acme/shop/issues/12/comments'
    ]);
    expect(github.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('when it runs again then the same comment is updated, not a new one added', async () => {
    await post(prEnv());
    const id = github.comments.get(12)![0]!.id;
    const { info } = await post(prEnv(), { markdown: SUMMARY.replace('✅ passed', '❌ blocked') });
    expect(github.comments.get(12)).toHaveLength(1);
    expect(github.comments.get(12)![0]).toMatchObject({ id, body: expect.stringContaining('❌ blocked') });
    expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual(['POST /repos/acme/shop/issues/12/comments', `PATCH /repos/acme/shop/issues/comments/${id}`]);
    expect(JSON.parse(writes()[1]!.body)).toEqual({
      body: expect.stringMatching(/^<!-- moncreneau-deploy-gate:production:preflight -->\n## MONCRENEAU deploy gate — production — ❌ blocked/)
    });
    expect(info[0]).toMatch(/gate comment updated/);
  });

  it('when a human comment carries the marker then it is left alone and the bot’s own comment is updated', async () => {
    github.addComment(12, `${MARKER}\ncopied by a human`, { login: 'alice', type: 'User' });
    const own = github.addComment(12, `${MARKER}\nold`, ACTIONS_BOT);
    await post(prEnv());
    expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`PATCH /repos/acme/shop/issues/comments/${own.id}`]);
    expect(github.comments.get(12)![0]!.body).toBe(`${MARKER}\ncopied by a human`);
  });

  it('when GET /user names the token’s author (an app token) then that author’s comment is updated, not github-actions[bot]’s', async () => {
    github.tokenUser = { login: 'deploy-app[bot]', type: 'Bot' };
    github.addComment(12, `${MARKER}\nfrom another workflow`, ACTIONS_BOT);
    const own = github.addComment(12, `${MARKER}\nold`, github.tokenUser);
    await post(prEnv());
    expect(writes().map((r) => `${r.method} ${r.url}`)).toEqual([`PATCH /repos/acme/shop/issues/comments/${own.id}`]);
  });

  it('when the matrix runs staging and production then each keeps its own comment', async () => {
    await post(prEnv(), { environment: 'staging' });
    await post(prEnv(), { environment: 'production' });
    await post(prEnv(), { environment: 'staging' });
    expect(github.comments.get(12)!.map((c) => c.body.split('\n')[0])).toEqual([
      commentMarker('staging', 'preflight'),
      commentMarker('production', 'preflight')
    ]);
  });

  it('when the comment is on the third page then the pages are read 100 at a time until it is found', async () => {
    for (let i = 0; i < 250; i++) github.addComment(12, `comment ${i}`, { login: 'alice', type: 'User' });
    const own = github.addComment(12, `${MARKER}\nold`, ACTIONS_BOT);
    await post(prEnv());
    const pages = github.requests.filter((r) => r.method === 'GET' && r.url.includes('/comments')).map((r) => r.url.split('?')[1]);
    expect(pages).toEqual(['per_page=100&page=1', 'per_page=100&page=2', 'per_page=100&page=3']);
    expect(writes().map((r) => r.method + ' ' + r.url)).toEqual([`PATCH /repos/acme/shop/issues/comments/${own.id}`]);
  });

  it('when the comment lies beyond the page bound then the search stops there and a new comment is made', async () => {
    for (let i = 0; i < 250; i++) github.addComment(12, `comment ${i}`, { login: 'alice', type: 'User' });
    github.addComment(12, `${MARKER}\nold`, ACTIONS_BOT);
    await post(prEnv(), { limits: { ...FAST, maxPages: 2 } });
    expect(github.requests.filter((r) => r.url.includes('/comments?')).length).toBe(2);
    expect(writes().map((r) => r.method)).toEqual(['POST']);
  });

  it('when the summary holds a secret then the comment carries its public prefix and [redacted] instead', async () => {
    await post(prEnv(), { markdown: `${SUMMARY}\nkey ${SECRET} and token ${TOKEN}` });
    const body = writes()[0]!.body;
    expect(body).not.toContain(SECRET);
    expect(body).not.toContain(TOKEN);
    expect(JSON.parse(body).body).toContain('key mk_live_[redacted] and token ghs_[redacted]');
  });
});

describe('postPullRequestComment: the time left', () => {
  it.each([
    ['a fraction of a millisecond over 5 s', 5_000.37],
    ['1.2 s', 1_200.5],
    ['exactly the deadline (the comment may use 1.5 s past it)', 0.25]
  ])('when %s is left before the deadline then the comment is still posted', async (_label, left) => {
    const { annotations, info } = await post(prEnv(), {
      deadline: performance.now() + left,
      limits: { callTimeoutMs: 10_000, totalTimeoutMs: 20_000, maxPages: 10 }
    });
    expect(annotations).toEqual([]);
    expect(info).toEqual([expect.stringMatching(/^Pull request #12: gate comment created/)]);
  });
});

describe('postPullRequestComment: failures are warnings', () => {
  const warningOf = (annotations: Annotation[]) => {
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ level: 'warning', title: 'Pull request comment not posted' });
    return annotations[0]!.message;
  };

  it('when a fork’s read-only token is refused (403) then the warning says so and nothing throws', async () => {
    github.refuseWrites = { status: 403, message: 'Resource not accessible by integration' };
    const { annotations, info } = await post(prEnv());
    expect(warningOf(annotations)).toBe(
      'Could not comment on pull request #12: 403 Resource not accessible by integration (a fork’s token is read-only; otherwise give the job permissions: pull-requests: write). The verdict is unchanged.'
    );
    expect(info).toEqual([]);
  });

  it('when there is no token then it warns without calling GitHub', async () => {
    const { annotations } = await post(prEnv(), { token: '' });
    expect(warningOf(annotations)).toBe(
      'Could not comment on pull request #12: no github-token was given (pass one, or set pr-comment: false). The verdict is unchanged.'
    );
    expect(github.requests).toEqual([]);
    expect(connects).toBe(0);
  });

  it.each<[string, string]>([
    ['too short to be a token', 'pass'],
    ['padded with a line break', `${TOKEN}\n`]
  ])('when github-token is %s then it warns without calling GitHub', async (_label, token) => {
    const { annotations } = await post(prEnv(), { token });
    expect(warningOf(annotations)).toMatch(/^Could not comment on pull request #12: github-token (is not a GitHub token|has spaces or line breaks around it)/);
    expect(github.requests).toEqual([]);
  });

  it('when the run is already past its deadline then it warns without calling GitHub', async () => {
    const { annotations } = await post(prEnv(), { deadline: performance.now() - 1000 });
    expect(warningOf(annotations)).toBe(
      'Could not comment on pull request #12: the run reached timeout-seconds, so no time is left to comment. The verdict is unchanged.'
    );
    expect(github.requests).toEqual([]);
  });

  it.each<[string, () => NodeJS.ProcessEnv, RegExp]>([
    [
      'the event file is missing',
      () => ({ ...prEnv(), GITHUB_EVENT_PATH: join(dir, 'nope.json') }),
      /^Could not comment on the pull request: the event payload \(GITHUB_EVENT_PATH\) could not be read: ENOENT/
    ],
    [
      'the payload has no number',
      () => prEnv({ pull_request: {} }),
      /^Could not comment on the pull request: the pull_request event payload has no pull_request.number\. The verdict/
    ],
    ['GITHUB_REPOSITORY is missing', () => ({ ...prEnv(), GITHUB_REPOSITORY: '' }), /^Could not comment on pull request #12: GITHUB_REPOSITORY is not set/]
  ])('when %s then it warns', async (_label, env, message) => {
    const { annotations } = await post(env());
    expect(warningOf(annotations)).toMatch(message);
    expect(github.requests).toEqual([]);
  });

  it('when GitHub does not answer then each call gives up at its timeout and the run goes on', async () => {
    github.hang = true;
    const started = performance.now();
    const { annotations } = await post(prEnv());
    expect(performance.now() - started).toBeLessThan(3000);
    expect(warningOf(annotations)).toBe('Could not comment on pull request #12: GitHub did not answer within 0.3 s. The verdict is unchanged.');
  });

  it('when the job is cancelled while GitHub does not answer then it stops waiting at once', async () => {
    github.hang = true;
    const cancel = new AbortController();
    const started = performance.now();
    setTimeout(() => cancel.abort(new Error('SIGTERM')), 100);
    const { annotations } = await post(prEnv(), { cancelled: cancel.signal, limits: { callTimeoutMs: 10_000, totalTimeoutMs: 20_000, maxPages: 10 } });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(warningOf(annotations)).toBe('Could not comment on pull request #12: the job was cancelled before GitHub answered. The verdict is unchanged.');
  });

  it('when GitHub cannot be reached then it warns', async () => {
    await github.close();
    const { annotations } = await post(prEnv());
    expect(warningOf(annotations)).toMatch(/^Could not comment on pull request #12: GitHub could not be reached: .+\. The verdict is unchanged\.$/);
    github = await startGitHubDouble();
  });

  it('when GitHub’s message quotes the token across the cut then it is redacted before it is cut', async () => {
    github.refuseWrites = { status: 422, message: `${'x'.repeat(190)}${TOKEN} ${'y'.repeat(5000)}` };
    const { annotations } = await post(prEnv());
    const message = warningOf(annotations);
    expect(message.length).toBeLessThan(400);
    const random = TOKEN.slice('ghs_'.length);
    for (let i = 0; i + 8 <= random.length; i++) expect(message).not.toContain(random.slice(i, i + 8));
  });

  it('when GitHub answers 500 then the status is in the warning', async () => {
    github.refuseWrites = { status: 502, message: 'Server Error' };
    const { annotations } = await post(prEnv());
    expect(warningOf(annotations)).toBe('Could not comment on pull request #12: 502 Server Error. The verdict is unchanged.');
  });
});
