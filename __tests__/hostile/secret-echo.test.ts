/**
 * Hostile servers that echo the secrets they received, in every encoding, on every path the
 * gate reads (API error code and message, rate-limit headers, a redirect, the credits body,
 * the webhook endpoint's answers, health and heartbeat, the smoke confirm URL, GitHub's error
 * message). The BUILT bundle under Node 24; then everything the run wrote (log, annotations,
 * summary, outputs, report, the comment body GitHub received) is scanned for 8 consecutive
 * characters of any secret's random part, in any encoding.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double.js';
import { expectNoSecrets, runBundle } from '../helpers/run-bundle.js';
import { findLeaks, generateSecret, seeded } from '../helpers/secret-scan.js';
import { echoesOf, headerSafe, rotated } from './echo-payloads.js';
import { hostile, json, type Hostile } from './servers.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const body = (random: () => number, alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');

/** Secrets shaped like the real ones, different at each seed. */
function secretsFor(seed: number) {
  const random = seeded(seed);
  return {
    apiKey: `mk_test_${body(random, ALNUM, 20 + Math.floor(random() * 44))}`,
    webhookSecret: generateSecret(random).replace(/^(mk_live_|mk_test_|ghs_|ghp_|github_pat_)?/, 'whsec_'),
    githubToken: `ghs_${body(random, ALNUM, 36)}`
  };
}

let dir: string;
let eventPath: string;
let server: Hostile | undefined;
let github: GitHubDouble | undefined;
let double: Double | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gate-secret-echo-'));
  eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ number: 5, pull_request: { number: 5 } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all([server?.close(), github?.close(), double?.close()]);
  server = github = double = undefined;
});

/** A pull request run whose comment goes to the GitHub double, which refuses it with an echo. */
async function pullRequest(echoes: string[]) {
  github = await startGitHubDouble();
  github.refuseWrites = { status: 422, message: rotated(echoes, 3) };
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: github.url, GITHUB_RUN_ID: '9' };
}

const sentToGitHub = () => github!.requests.map((r) => r.body);

/** Each echo is a leak by the scan's own rule, so a clean scan means the gate removed them. */
function expectEveryEchoALeak(echoes: string[], secrets: string[]) {
  for (const echo of echoes) expect({ echo, leaks: findLeaks(echo, secrets).length > 0 }).toEqual({ echo, leaks: true });
}

describe('hostile: servers echo the secrets on every path', () => {
  it.each([11, 12])('preflight (seed %i): API error, headers, credits, webhook answers and GitHub errors show no part of any secret', async (seed) => {
    const s = secretsFor(seed);
    const secrets = [s.apiKey, s.webhookSecret, s.githubToken];
    const echoes = secrets.flatMap((secret, i) => echoesOf(secret, seed * 10 + i));
    expectEveryEchoALeak(echoes, secrets);
    let turn = 0;
    server = await hostile((req, res) => {
      const url = req.url ?? '';
      turn++;
      if (url.startsWith('/api/v1/organizations/me')) return json(res, 200, { availableCredits: rotated(echoes, turn) });
      if (url.startsWith('/api/v1/')) {
        res.setHeader('x-ratelimit-limit', rotated(headerSafe(echoes), turn));
        res.setHeader('x-ratelimit-reset', rotated(headerSafe(echoes), turn + 1));
        return json(res, 401, { error: { code: rotated(echoes, turn + 2), message: rotated(echoes, turn) } });
      }
      if (url === '/hook') {
        res.writeHead(401, { 'content-type': 'text/plain' });
        return res.end(rotated(echoes, turn));
      }
      return json(res, 404, {});
    });
    const env = await pullRequest(echoes);
    const run = await runBundle(
      {
        environment: 'staging',
        'api-url': `${server.url}/api/v1`,
        'api-key': s.apiKey,
        'webhook-url': `${server.url}/hook`,
        'webhook-secret': s.webhookSecret,
        'allow-private-webhook': 'true',
        'github-token': s.githubToken,
        retries: '0'
      },
      env
    );
    expect(run.code).toBe(1);
    // The echoes were read and reported: the scan looks at real output, not an empty run.
    expect(run.summary).toMatch(/\| API reachability \| ❌ Fail \|/);
    expect(sentToGitHub().some((b) => b.includes('MONCRENEAU deploy gate'))).toBe(true);
    expect(run.stdout).toMatch(/Pull request comment not posted/);
    expect(run.allText).toContain('[redacted]');
    expectNoSecrets(run.allText, secrets, ...sentToGitHub());
  });

  it('preflight: a 2xx answer that is not JSON, with the secrets in its content type and body, shows no part of any secret', async () => {
    const s = secretsFor(13);
    const secrets = [s.apiKey, s.webhookSecret, s.githubToken];
    const echoes = secrets.flatMap((secret, i) => echoesOf(secret, 130 + i));
    expectEveryEchoALeak(echoes, secrets);
    let turn = 0;
    server = await hostile((_req, res) => {
      turn++;
      // The content type is quoted only when the answer is not JSON: the path a good answer skips.
      res.writeHead(200, { 'content-type': `text/plain; charset=${rotated(headerSafe(echoes), turn)}` });
      res.end(`not json: ${rotated(echoes, turn)}`);
    });
    const run = await runBundle({
      checks: 'api,credits',
      environment: 'staging',
      'api-url': `${server.url}/api/v1`,
      'api-key': s.apiKey,
      'webhook-secret': s.webhookSecret,
      'github-token': s.githubToken,
      retries: '0',
      'pr-comment': 'false'
    });
    expect(run.code).toBe(1);
    expect(turn).toBeGreaterThanOrEqual(2);
    expect(run.summary).toMatch(/\| API reachability \| ❌ Fail \|/);
    expect(run.summary).toMatch(/not valid JSON \(text\/plain; charset=/);
    expect(run.allText).toContain('[redacted]');
    expectNoSecrets(run.allText, secrets);
  });

  it('watch: API error codes, credits, health, a redirect and the heartbeat show no part of any secret', async () => {
    const s = secretsFor(21);
    const secrets = [s.apiKey, s.githubToken];
    const echoes = secrets.flatMap((secret, i) => echoesOf(secret, 210 + i));
    expectEveryEchoALeak(echoes, secrets);
    let turn = 0;
    server = await hostile((req, res) => {
      const url = req.url ?? '';
      turn++;
      if (url.startsWith('/api/v1/organizations/me')) return json(res, 200, { availableCredits: rotated(echoes, turn) });
      if (url.startsWith('/api/v1/')) return json(res, 500, { error: { code: rotated(echoes, turn), message: rotated(echoes, turn + 1) } });
      if (url === '/health') {
        res.writeHead(302, { location: `/login/${encodeURIComponent(rotated(headerSafe(echoes), turn))}` });
        return res.end(rotated(echoes, turn));
      }
      if (url === '/heartbeat') return json(res, 200, { lastReceivedAt: rotated(echoes, turn) });
      return json(res, 404, {});
    });
    const env = await pullRequest(echoes);
    const run = await runBundle(
      {
        mode: 'watch',
        environment: 'staging',
        'api-url': `${server.url}/api/v1`,
        'api-key': s.apiKey,
        'github-token': s.githubToken,
        'watch-minutes': '0.03',
        'watch-interval-seconds': '0.5',
        'health-url': `${server.url}/health`,
        'webhook-heartbeat-url': `${server.url}/heartbeat`,
        retries: '0'
      },
      env
    );
    expect(run.summary).toContain('MONCRENEAU deploy gate');
    expect(turn).toBeGreaterThanOrEqual(4);
    expect(run.allText).toContain('[redacted]');
    expectNoSecrets(run.allText, secrets, ...sentToGitHub());
  });

  it('smoke: the confirm URL and the API echo the secrets, and none shows', async () => {
    const s = secretsFor(31);
    const secrets = [s.apiKey, s.webhookSecret, s.githubToken];
    const echoes = secrets.flatMap((secret, i) => echoesOf(secret, 310 + i));
    expectEveryEchoALeak(echoes, secrets);
    let turn = 0;
    server = await hostile((_req, res) => {
      turn++;
      res.writeHead(turn % 2 ? 500 : 404, { 'content-type': 'text/plain', 'x-debug': rotated(headerSafe(echoes), turn) });
      res.end(rotated(echoes, turn));
    });
    double = await startDouble({
      credits: 100,
      keys: { test: s.apiKey },
      faults: [{ paths: ['/departments'], respondWith: { status: 503, body: { error: { code: rotated(echoes, 1), message: rotated(echoes, 2) } }, count: 1 } }]
    });
    const env = await pullRequest(echoes);
    const run = await runBundle(
      {
        mode: 'smoke',
        environment: 'staging',
        'api-url': double.url,
        'api-key': s.apiKey,
        'webhook-secret': s.webhookSecret,
        'github-token': s.githubToken,
        'department-id': '1',
        'webhook-confirm-url': `${server.url}/confirm/{appointmentId}/{event}`,
        'webhook-wait-seconds': '1.5'
      },
      env
    );
    expect(turn).toBeGreaterThan(0);
    expect(run.summary).toContain('MONCRENEAU deploy gate');
    expect(run.allText).toContain('[redacted]');
    expectNoSecrets(run.allText, secrets, ...sentToGitHub());
  });
});
