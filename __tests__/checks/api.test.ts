/** The api check against the local MONCRENEAU double over real HTTP(S) on 127.0.0.1. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiCheck, judgeLatency, resetText } from '../../src/checks/api.js';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { contextFor } from '../helpers/check-context.js';

let double: Double;
beforeEach(async () => {
  double = await startDouble({
    expiredKeys: ['mk_test_expired000000000000'],
    keys: { readonly: { key: 'mk_test_readonly00000000', scopes: ['appointments:create'] } }
  });
});
afterEach(async () => {
  await double.close();
});

const staging = (extra: Record<string, string> = {}) =>
  contextFor({ environment: 'staging', 'api-url': double.url, 'api-key': double.keys.test, retries: '0', ...extra });

describe('api check: measuring', () => {
  it('passes with 2xx JSON and keeps every latency sample', async () => {
    const out = await apiCheck.run(staging({ 'latency-samples': '4' }));
    expect(out.status).toBe('pass');
    expect(out.data.samplesMs).toHaveLength(4);
    expect(out.data.slowestMs).toBe(Math.max(...(out.data.samplesMs as number[])));
    const probes = double.state.requests.filter((r) => r.path === '/api/v1/appointments?size=1');
    expect(probes).toHaveLength(4);
    expect(probes[0]!.headers['user-agent']).toMatch(/^moncreneau-deploy-gate\/\d+\.\d+\.\d+$/);
  });

  it.each([
    ['x-api-key', 'x-api-key'],
    ['bearer', 'authorization']
  ])('sends the key per auth-scheme %s', async (scheme, header) => {
    const out = await apiCheck.run(staging({ 'auth-scheme': scheme, 'latency-samples': '1' }));
    expect(out.status).toBe('pass');
    expect(double.state.requests[0]!.headers[header]).toBe('[redacted]');
  });

  it('keeps /api/v1 when api-url ends with a slash', async () => {
    const out = await apiCheck.run(staging({ 'api-url': `${double.url}/`, 'api-probe-path': '/departments', 'latency-samples': '1' }));
    expect(out.status).toBe('pass');
    expect(double.state.requests[0]!.path).toBe('/api/v1/departments');
  });

  it('fails on an HTML page behind a 200 and says so', async () => {
    double.setFaults({ htmlBody: true });
    const out = await apiCheck.run(staging());
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('HTML page instead of JSON');
  });

  it.each([
    ['an unknown key', 'mk_test_nobody000000000000', 'INVALID_API_KEY'],
    ['an expired key', 'mk_test_expired000000000000', 'EXPIRED_API_KEY']
  ])('fails on 401 with %s, naming the code and the guide hints', async (_label, key, code) => {
    const out = await apiCheck.run(staging({ 'api-key': key }));
    expect(out.status).toBe('fail');
    expect(out.summary).toContain(`401 ${code}`);
    expect(out.hints.join(' ')).toMatch(/staging key/);
    expect(out.hints.join(' ')).toMatch(/revoked or expired/);
    expect(JSON.stringify(out)).not.toContain(key.slice(8));
  });

  it('fails on 403 and names the missing scope', async () => {
    const out = await apiCheck.run(staging({ 'api-key': 'mk_test_readonly00000000' }));
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('INSUFFICIENT_SCOPE');
    expect(out.summary).toContain('appointments:read');
  });

  it('retries a 5xx and passes when the API recovers, keeping the attempts', async () => {
    double.setFaults({ serverErrors: 1 });
    const out = await apiCheck.run(staging({ retries: '2', 'latency-samples': '1' }));
    expect(out.status).toBe('pass');
    expect(out.details.join('\n')).toMatch(/attempt 1: status 503/);
    expect(double.state.requests).toHaveLength(2);
  });

  it('fails on a 5xx that persists after the retries', async () => {
    double.setFaults({ serverErrors: 10 });
    const out = await apiCheck.run(staging({ retries: '2' }));
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/answered 503 after 3 attempts/);
    expect(double.state.requests).toHaveLength(3);
  });

  it('honours Retry-After on 429 and reports the X-RateLimit values when it persists', async () => {
    double.setFaults({ rateLimited: { retryAfterSeconds: 1 } });
    const started = performance.now();
    const out = await apiCheck.run(staging({ retries: '1' }));
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/rate limited \(429 RATE_LIMIT_EXCEEDED/);
    expect(out.summary).toMatch(/X-RateLimit: limit \d+, remaining 0/);
    expect(double.state.requests).toHaveLength(2);
  });

  it('never sleeps past the deadline for a Retry-After', async () => {
    double.setFaults({ rateLimited: { retryAfterSeconds: 30 } });
    const started = performance.now();
    const out = await apiCheck.run(
      contextFor({ environment: 'staging', 'api-url': double.url, 'api-key': double.keys.test, retries: '3' }, { deadlineMs: 3000 })
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('would pass the run’s deadline');
  });

  it('warns when less than 10% of the rate limit is left', async () => {
    double.setFaults({ rateLimitRemaining: 50 });
    const out = await apiCheck.run(staging({ 'latency-samples': '1' }));
    expect(out.status).toBe('warn');
    expect(out.summary).toMatch(/only \d+ of 1000 requests left/);
  });

  it('warns, then fails, on slow answers against the latency limits', async () => {
    double.setFaults({ latencyMs: 150 });
    const slow = await apiCheck.run(staging({ 'latency-samples': '1', 'latency-warn-ms': '50', 'latency-fail-ms': '1000' }));
    expect(slow.status).toBe('warn');
    const tooSlow = await apiCheck.run(staging({ 'latency-samples': '1', 'latency-warn-ms': '50', 'latency-fail-ms': '100' }));
    expect(tooSlow.status).toBe('fail');
    expect(tooSlow.summary).toMatch(/slowest \d+ ms \(limit 100 ms\)/);
  });

  it('stops reading a 50 MB answer at the size limit', async () => {
    double.setFaults({ oversizeBody: 50 * 1024 * 1024 });
    const before = process.memoryUsage().rss;
    const out = await apiCheck.run(staging());
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('exceeded the size limit');
    expect(process.memoryUsage().rss - before).toBeLessThan(30 * 1024 * 1024);
  });

  it('retries a dropped connection and tells a reset apart', async () => {
    double.setFaults({ dropConnection: 5 });
    const out = await apiCheck.run(staging({ retries: '1' }));
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('closed the connection without a complete answer');
  });

  it('fails on a hanging API with a timeout, not a pass', async () => {
    double.setFaults({ hang: true });
    const out = await apiCheck.run(staging({ 'latency-fail-ms': '300', 'latency-warn-ms': '100' }));
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/did not answer within 2000 ms/);
  });

  it('tells a refused connection apart', async () => {
    const port = (await double.close(), Number(new URL(double.url).port));
    const out = await apiCheck.run(
      contextFor({ environment: 'staging', 'api-url': `http://127.0.0.1:${port}/api/v1`, 'api-key': double.keys.test, retries: '0' })
    );
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('refused the connection');
    double = await startDouble();
  });

  it('tells an unresolvable host apart', async () => {
    const out = await apiCheck.run(contextFor({ 'api-url': 'https://no-such-host.invalid/api/v1', 'api-key': 'mk_live_x000000000000', retries: '0' }));
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('does not resolve');
  });

  it('reports a redirect and never sends the key to the other host', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const other = http.createServer((req, res) => {
      seen.push(req.headers);
      res.end('{}');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      double.setFaults({ redirectTo: `http://127.0.0.1:${(other.address() as AddressInfo).port}/api/v1/appointments` });
      const out = await apiCheck.run(staging());
      expect(out.status).toBe('fail');
      expect(out.summary).toMatch(/answered 302, a redirect to http:\/\/127\.0\.0\.1:\d+\/api\/v1\/appointments/);
      expect(seen).toHaveLength(0);
    } finally {
      other.close();
    }
  });

  it('does not send the key over plain http in production', async () => {
    const out = await apiCheck.run(contextFor({ 'api-url': double.url, 'api-key': double.keys.live }));
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('plain http');
    expect(double.state.requests).toHaveLength(0);
  });
});

describe('api check over HTTPS', () => {
  let secure: Double;
  beforeEach(async () => {
    secure = await startDouble({ https: true });
  });
  afterEach(async () => {
    await secure.close();
  });

  it('passes when the certificate is trusted', async () => {
    const out = await apiCheck.run(contextFor({ 'api-url': secure.url, 'api-key': secure.keys.live, 'latency-samples': '1' }, { http: { ca: secure.ca } }));
    expect(out.status).toBe('pass');
  });

  it('fails and names the certificate problem when it is not', async () => {
    const out = await apiCheck.run(contextFor({ 'api-url': secure.url, 'api-key': secure.keys.live, retries: '0' }));
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/TLS certificate/);
    expect(out.hints.join(' ')).toMatch(/certificate/);
  });
});

describe('judgeLatency', () => {
  const rl = { limit: 1000, remaining: 900 };
  it.each([
    [[100, 200], 'pass'],
    [[100, 501], 'warn'],
    [[2001, 10], 'fail'],
    [[500, 2000], 'warn'],
    [[500, 499], 'pass']
  ] as const)('samples %j -> %s', (samples, status) => {
    expect(judgeLatency({ samplesMs: [...samples], warnMs: 500, failMs: 2000, rateLimit: rl }).status).toBe(status);
  });

  it('warns on a nearly spent rate limit even when fast', () => {
    const out = judgeLatency({ samplesMs: [10], warnMs: 500, failMs: 2000, rateLimit: { limit: 1000, remaining: 99 } });
    expect(out.status).toBe('warn');
  });
});

describe('resetText', () => {
  it.each([
    ['1795932630', '2026-11-29T06:10:30Z'],
    ['60', '60'],
    ['Sun, 29 Nov 2026 10:00:00 GMT', 'Sun, 29 Nov 2026 10:00:00 GMT']
  ])('%s -> %s', (reset, shown) => expect(resetText(reset)).toBe(shown));
});
