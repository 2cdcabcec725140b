/**
 * Preflight's API requests on the wire: a real HTTPS server on 127.0.0.1 counts the TLS
 * connections it accepts and which socket each request came on.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { makeCa, makeCertificateSignedBy } from '../../sandbox/certificate.mjs';
import { runPreflight } from '../../src/modes/preflight.js';
import { modeContextFor } from '../helpers/mode-context.js';

interface Seen {
  path: string;
  socket: Socket;
  /** Requests received and not yet answered when this one arrived. */
  unanswered: number;
}

let server: https.Server;
let ca = '';
let handshakes = 0;
let seen: Seen[] = [];
let unanswered = 0;
/** Added to every answer, so the credits read is still in flight when a sample is sent. */
const LATENCY_MS = 40;

beforeEach(async () => {
  const authority = await makeCa();
  const leaf = await makeCertificateSignedBy(authority, { altNames: ['127.0.0.1'] });
  ca = authority.cert;
  handshakes = 0;
  seen = [];
  unanswered = 0;
  server = https.createServer({ key: leaf.key, cert: leaf.cert }, (req, res) => {
    seen.push({ path: req.url ?? '', socket: req.socket, unanswered: unanswered++ });
    const body = req.url?.startsWith('/api/v1/organizations/me') ? { availableCredits: 900 } : { content: [] };
    setTimeout(() => {
      unanswered--;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    }, LATENCY_MS);
  });
  server.on('secureConnection', () => handshakes++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function preflight(checks: string, samples = '3') {
  const { port } = server.address() as AddressInfo;
  const ctx = modeContextFor({
    checks,
    environment: 'staging',
    'api-url': `https://127.0.0.1:${port}/api/v1`,
    'api-key': 'mk_test_connections00000000',
    'latency-samples': samples,
    retries: '0'
  });
  return runPreflight({ ...ctx, http: { ca } });
}

describe('preflight: one connection per API origin', () => {
  it('when api and credits run then the samples and the credits read share one TLS connection', async () => {
    const result = await preflight('api,credits');
    expect(result.checks.find((c) => c.id === 'api')?.status).toBe('pass');
    expect(result.checks.find((c) => c.id === 'credits')?.status).toBe('pass');
    expect(seen.map((s) => s.path).sort()).toEqual([...Array(3).fill('/api/v1/appointments?size=1'), '/api/v1/organizations/me'].sort());
    expect(handshakes).toBe(1);
    expect(new Set(seen.map((s) => s.socket)).size).toBe(1);
  });

  it('when only api runs then its samples go out back to back on one connection', async () => {
    const result = await preflight('api', '5');
    expect(result.checks.find((c) => c.id === 'api')?.status).toBe('pass');
    expect(seen).toHaveLength(5);
    expect(handshakes).toBe(1);
  });

  it('when a latency sample is in flight then the credits read is pipelined beside it, not queued after it', async () => {
    await preflight('api,credits');
    // Queued, it would add a round trip to the run; pipelined, it arrives while a sample is unanswered.
    const credits = seen.find((s) => s.path === '/api/v1/organizations/me');
    expect(credits?.unanswered).toBe(1);
    expect(Math.max(...seen.map((s) => s.unanswered))).toBe(1);
  });

  it('when the run ends then the shared connection is closed, not left open', async () => {
    await preflight('api,credits');
    const sockets = new Set(seen.map((s) => s.socket));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([...sockets].every((s) => s.destroyed)).toBe(true);
  });
});
