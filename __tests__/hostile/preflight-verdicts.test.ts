/**
 * Hostile cases for preflight verdicts, run on the BUILT bundle as a runner does against
 * hostile 127.0.0.1 servers: each names the wrong pass or the misleading reading it guards.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { hmacHex } from '../../sandbox/signature.mjs';
import { hostile, json, type Hostile } from '../hostile/servers.js';
import { runBundle } from '../helpers/run-bundle.js';

const TEST_KEY = 'mk_test_0123456789abcdef0123456789abcdef';
const SECRET = 'whsec_hostile4_secret_0123456789abcdef';
const servers: Hostile[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Staging with the test key: plain http to a loopback API is allowed there. */
const staging = (apiUrl: string, extra: Record<string, string> = {}) => ({
  environment: 'staging',
  'api-key': TEST_KEY,
  'api-url': `${apiUrl}/api/v1`,
  'pr-comment': 'false',
  ...extra
});

type CheckRow = { id: string; status: string; summary: string; hints?: string[]; durationMs: number };
const check = (report: Record<string, unknown> | null, id: string) => (report!.checks as CheckRow[]).find((c) => c.id === id)!;

describe('hostile: api check', () => {
  it('does not pass latency when a probe attempt hung past latency-fail-ms and only its retry was timed', async () => {
    let probes = 0;
    const api = await hostile((req, res) => {
      if (req.url!.includes('/appointments') && ++probes === 2) return; // probe 2, attempt 1: never answers
      json(res, 200, { content: [] });
    });
    servers.push(api);
    // latency-fail-ms 500 makes the per-request limit 2000 ms: the hung attempt costs 2 s.
    const run = await runBundle(staging(api.url, { checks: 'config,api', 'latency-warn-ms': '200', 'latency-fail-ms': '500' }));
    const row = check(run.report, 'api');
    expect(row.status).not.toBe('pass');
    expect(Number(run.outputs['api-latency-ms'] || '2000')).toBeGreaterThanOrEqual(2000);
  });

  it('fails when the probe answers 200 with a MONCRENEAU error envelope', async () => {
    const api = await hostile((_req, res) => json(res, 200, { error: { code: 'INVALID_API_KEY', message: 'The API key is invalid' } }));
    servers.push(api);
    const run = await runBundle(staging(api.url, { checks: 'config,api' }));
    expect(run.outputs.result).toBe('fail');
    expect(run.summary).toMatch(/INVALID\\?_API\\?_KEY/);
  });

  it('says the credits answer was an error, not that credits-field is misconfigured, for 200 {"error":...}', async () => {
    const api = await hostile((_req, res) => json(res, 200, { error: { code: 'INSUFFICIENT_SCOPE', message: 'Missing scope' } }));
    servers.push(api);
    const run = await runBundle(staging(api.url, { checks: 'credits' }));
    expect(run.outputs.result).toBe('fail');
    expect(check(run.report, 'credits').summary).toContain('INSUFFICIENT_SCOPE');
  });

  it('keeps a stalled TLS handshake within the per-request limit it reports', async () => {
    const sockets: Socket[] = [];
    const silent: NetServer = createNetServer((s) => {
      sockets.push(s);
      s.on('error', () => {});
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    try {
      const run = await runBundle({
        checks: 'api',
        'api-url': `https://127.0.0.1:${port}/api/v1`,
        'api-key': 'mk_live_0123456789abcdef0123456789abcdef',
        'latency-samples': '1',
        retries: '0',
        'pr-comment': 'false'
      });
      const row = check(run.report, 'api');
      expect(row.status).toBe('fail');
      const limit = Number(/within (\d+) ms/.exec(row.summary)?.[1]);
      expect(row.durationMs).toBeLessThan(limit + 1000);
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });
});

describe('hostile: key kind without the config check', () => {
  let double: Double;
  let caFile: string;
  beforeAll(async () => {
    double = await startDouble({ https: true });
    caFile = join(mkdtempSync(join(tmpdir(), 'hostile4-ca-')), 'ca.pem');
    writeFileSync(caFile, double.ca!);
  });
  afterAll(async () => {
    await double.close();
  });

  it('does not pass production on a TEST key when checks leaves config out', async () => {
    double.state.live.credits = 0; // production has no credit; the test environment has 500
    const run = await runBundle(
      { checks: 'api,credits', 'api-url': double.url, 'api-key': double.keys.test, 'pr-comment': 'false' },
      { NODE_EXTRA_CA_CERTS: caFile }
    );
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs.credits).not.toBe('500');
  });
});

describe('hostile: webhook wording', () => {
  it('does not say "accepts anything" when the endpoint rejected the correctly signed event', async () => {
    const hook = await hostile((req, res, body) => {
      const good = req.headers['x-moncreneau-signature'] === `sha256=${hmacHex(SECRET, body)}`;
      res.writeHead(good ? 401 : 200).end(); // inverted verifier
    });
    servers.push(hook);
    const run = await runBundle({
      environment: 'staging',
      checks: 'webhook',
      'webhook-url': `${hook.url}/webhooks/moncreneau`,
      'webhook-secret': SECRET,
      'allow-private-webhook': 'true',
      'pr-comment': 'false'
    });
    expect(run.outputs.result).toBe('fail');
    const row = check(run.report, 'webhook');
    expect(row.hints!.join(' ')).not.toMatch(/accepts anything/);
  });
});

describe('hostile: api-url pointing at an endpoint', () => {
  it('shows the doubled path, or flags api-url, when api-url ends with /appointments', async () => {
    const double = await startDouble({ https: true });
    const caFile = join(mkdtempSync(join(tmpdir(), 'hostile4-ca-')), 'ca.pem');
    writeFileSync(caFile, double.ca!);
    try {
      const run = await runBundle(
        { checks: 'config,api,credits', 'api-url': `${double.url}/appointments`, 'api-key': double.keys.live, 'pr-comment': 'false' },
        { NODE_EXTRA_CA_CERTS: caFile }
      );
      expect(run.outputs.result).toBe('fail');
      const flagged = check(run.report, 'config').status !== 'pass' || run.summary.includes('/api/v1/appointments/appointments');
      expect(flagged).toBe(true);
      expect(check(run.report, 'credits').hints!.join(' ')).toMatch(/api-url/);
    } finally {
      await double.close();
    }
  });
});
