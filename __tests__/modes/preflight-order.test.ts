/**
 * What leaves first: the API's first request reaches its server before the webhook check opens
 * a connection (its modules load once that request is written, one loop turn later), and API
 * checks that send nothing do not hold the webhook check back. Real HTTPS servers on 127.0.0.1
 * note when each event happens.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeCa, makeCertificateSignedBy } from '../../sandbox/certificate.mjs';
import { runPreflight } from '../../src/modes/preflight.js';
import { modeContextFor } from '../helpers/mode-context.js';

const SECRET = 'whsec_preflight_order_secret';
let api: https.Server;
let hook: https.Server;
let ca = '';
let events: string[] = [];

const listen = (server: https.Server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const portOf = (server: https.Server) => (server.address() as AddressInfo).port;

beforeEach(async () => {
  const authority = await makeCa();
  const leaf = await makeCertificateSignedBy(authority, { altNames: ['127.0.0.1'] });
  ca = authority.cert;
  events = [];
  api = https.createServer({ key: leaf.key, cert: leaf.cert }, (req, res) => {
    events.push(`api request ${req.url}`);
    const body = req.url?.startsWith('/api/v1/organizations/me') ? { availableCredits: 900 } : { content: [] };
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)), 30);
  });
  hook = https.createServer({ key: leaf.key, cert: leaf.cert }, (req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"invalid signature"}'));
  });
  hook.on('connection', () => events.push('webhook connection'));
  await Promise.all([listen(api), listen(hook)]);
});
afterEach(async () => {
  for (const server of [api, hook]) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

function preflight(inputs: Record<string, string>) {
  const ctx = modeContextFor({
    checks: 'api,webhook',
    environment: 'staging',
    'api-url': `https://127.0.0.1:${portOf(api)}/api/v1`,
    'api-key': 'mk_test_preflightorder0000',
    'webhook-url': `https://127.0.0.1:${portOf(hook)}/hooks/moncreneau`,
    'webhook-secret': SECRET,
    'allow-private-webhook': 'true',
    'latency-samples': '2',
    retries: '0',
    ...inputs
  });
  return runPreflight({ ...ctx, http: { ca } });
}

describe('preflight: the API first', () => {
  it('when api and webhook run then the API server has the first request before the webhook endpoint sees a connection', async () => {
    await preflight({});
    const first = events.findIndex((e) => e.startsWith('api request'));
    const hookFirst = events.indexOf('webhook connection');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(hookFirst).toBeGreaterThan(first);
  });

  it('when the api check sends nothing (no key) then the webhook check still runs at once, not at the deadline', async () => {
    const { checks } = await preflight({ 'api-key': '', 'timeout-seconds': '5' });
    const webhook = checks.find((c) => c.id === 'webhook')!;
    expect(events.filter((e) => e.startsWith('api request'))).toEqual([]);
    expect(events).toContain('webhook connection');
    // The endpoint refuses everything: the check fails on what it answered, not on the run's time.
    expect(`${webhook.summary} ${webhook.details.join(' ')}`).not.toMatch(/deadline|time limit|timed out/i);
    expect(webhook.durationMs).toBeLessThan(4000);
  });
});
