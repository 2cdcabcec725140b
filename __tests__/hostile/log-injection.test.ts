/**
 * Hostile case: servers answer with texts made to start runner commands (`::name::` at a line
 * start, the legacy `##[name]` anywhere, encoded or raw line breaks) and to hide or reorder
 * characters (bidi overrides and isolates, zero-width characters, terminal escapes). The BUILT
 * bundle under Node 24: no such text may become a command, and every hidden character must be
 * shown as its code point in the log, the summary and the pull request comment.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double.js';
import { runBundle, type BundleRun } from '../helpers/run-bundle.js';
import { INJECTIONS, rotated } from './echo-payloads.js';
import { hostile, json, type Hostile } from './servers.js';

let dir: string;
let eventPath: string;
let server: Hostile | undefined;
let github: GitHubDouble | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gate-injection-'));
  eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ number: 8, pull_request: { number: 8 } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all([server?.close(), github?.close()]);
  server = github = undefined;
});

/** Characters that must never be written as they are. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not be written
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;
/** The commands the gate itself writes: masks, annotations, the failure, debug lines and groups. */
const OWN_COMMAND = /^::(add-mask|error|warning|notice|debug|group|endgroup)( title=[^:]*)?::/;

function expectInert(run: BundleRun, comments: string[]) {
  const lines = `${run.stdout}\n${run.stderr}`.split('\n');
  for (const line of lines) {
    const start = line.trimStart();
    // The runner reads a command from `::` at a line start (after white space), `##[` anywhere.
    expect({ line, command: start.startsWith('::') && !OWN_COMMAND.test(start) }).toEqual({ line, command: false });
    expect({ line, legacy: line.includes('##[') }).toEqual({ line, legacy: false });
    expect({ line, cr: line.includes('\r') }).toEqual({ line, cr: false });
    expect({ line, hidden: HIDDEN.test(line.replace(/\t/g, '')) }).toEqual({ line, hidden: false });
  }
  for (const text of [run.summary, ...comments]) expect(HIDDEN.test(text.replace(/[\n\t]/g, ''))).toBe(false);
  // Nothing set an output or stopped the gate's own commands.
  expect(run.outputs.result).toBe('fail');
  expect(Object.keys(run.outputs)).not.toContain('x');
  // The hidden characters were shown, not dropped: the reader sees what the server sent.
  expect(`${run.stdout}\n${run.summary}`).toMatch(/\\?<U\+202E\\?>/);
}

describe('hostile: commands and hidden characters from servers', () => {
  it('preflight: an API error, the credits body, webhook answers and a GitHub error start no command and hide nothing', async () => {
    let turn = 0;
    server = await hostile((req, res) => {
      const url = req.url ?? '';
      turn++;
      if (url.startsWith('/api/v1/organizations/me')) return json(res, 200, { availableCredits: rotated(INJECTIONS, turn) });
      if (url.startsWith('/api/v1/')) return json(res, 401, { error: { code: rotated(INJECTIONS, turn + 1), message: INJECTIONS.join('\n') } });
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(rotated(INJECTIONS, turn));
    });
    github = await startGitHubDouble();
    github.refuseWrites = { status: 422, message: INJECTIONS.join('\n') };
    const run = await runBundle(
      {
        environment: 'staging',
        'api-url': `${server.url}/api/v1`,
        'api-key': 'mk_test_injectionKey0123456789',
        'webhook-url': `${server.url}/hook`,
        'webhook-secret': 'whsec_injectionSecret0123456789',
        'allow-private-webhook': 'true',
        'github-token': 'ghs_injectionToken0123456789abcdef',
        retries: '0'
      },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: github.url, GITHUB_RUN_ID: '3' }
    );
    expect(run.code).toBe(1);
    const comments = github.requests.map((r) => r.body);
    expect(comments.some((b) => b.includes('MONCRENEAU deploy gate'))).toBe(true);
    expectInert(run, comments);
  });

  it('watch: API error codes, health and heartbeat answers start no command and hide nothing', async () => {
    let turn = 0;
    server = await hostile((req, res) => {
      const url = req.url ?? '';
      turn++;
      if (url.startsWith('/api/v1/organizations/me')) return json(res, 200, { availableCredits: rotated(INJECTIONS, turn) });
      if (url.startsWith('/api/v1/')) return json(res, 503, { error: { code: rotated(INJECTIONS, turn), message: rotated(INJECTIONS, turn + 1) } });
      if (url === '/heartbeat') return json(res, 200, { lastReceivedAt: rotated(INJECTIONS, turn) });
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(rotated(INJECTIONS, turn));
    });
    const run = await runBundle({
      mode: 'watch',
      environment: 'staging',
      'api-url': `${server.url}/api/v1`,
      'api-key': 'mk_test_injectionKey0123456789',
      'watch-minutes': '0.03',
      'watch-interval-seconds': '0.5',
      'health-url': `${server.url}/health`,
      'webhook-heartbeat-url': `${server.url}/heartbeat`,
      'pr-comment': 'false',
      retries: '0'
    });
    expectInert(run, []);
  });
});
