import { describe, expect, it } from '@jest/globals';
import { startDouble, type Double, type DoubleOptions } from '../../sandbox/moncreneau-double.mjs';
import { appointmentBody, call, closeAfterEach } from './sandbox-helpers.js';

const closeLater = closeAfterEach();
const start = async (options: DoubleOptions = {}): Promise<Double> => closeLater(await startDouble(options));

describe('API keys', () => {
  it('makes random live and test keys with the documented prefixes', async () => {
    const double = await start();
    expect(double.keys.live).toMatch(/^mk_live_[0-9a-f]{32}$/);
    expect(double.keys.test).toMatch(/^mk_test_[0-9a-f]{32}$/);
    expect((await start()).keys.live).not.toBe(double.keys.live);
  });

  it('accepts the key as X-API-Key and as Authorization: Bearer', async () => {
    const double = await start();
    expect((await call(double, '/organizations/me', { scheme: 'x-api-key' })).status).toBe(200);
    expect((await call(double, '/organizations/me', { scheme: 'bearer' })).status).toBe(200);
    expect((await call(double, '/organizations/me', { key: null, headers: { authorization: `bearer  ${double.keys.live}` } })).status).toBe(200);
  });

  it.each([
    ['no key', { key: null }, 'MISSING_API_KEY'],
    ['an unknown key', { key: 'mk_live_unknown' }, 'INVALID_API_KEY'],
    ['an unknown Bearer key', { key: 'mk_live_unknown', scheme: 'bearer' as const }, 'INVALID_API_KEY'],
    ['an expired key', { key: 'mk_live_expired' }, 'EXPIRED_API_KEY'],
    ['a Basic authorization', { key: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } }, 'INVALID_TOKEN_FORMAT']
  ])('answers 401 to %s', async (_label, options, code) => {
    const double = await start({ expiredKeys: ['mk_live_expired'] });
    const answer = await call(double, '/appointments', options);
    expect(answer.status).toBe(401);
    expect(answer.json.error.code).toBe(code);
    expect(answer.headers.get('x-ratelimit-remaining')).toBeNull();
  });

  it('refuses a revoked key at once', async () => {
    const double = await start();
    expect((await call(double, '/departments')).status).toBe(200);
    double.revokeKey(double.keys.live);
    expect((await call(double, '/departments')).json.error.code).toBe('INVALID_API_KEY');
  });

  it('answers 403 INSUFFICIENT_SCOPE naming the scope a key lacks', async () => {
    const double = await start({
      keys: {
        reader: { key: 'mk_live_reader', scopes: ['appointments:read'] },
        nothing: { key: 'mk_live_nothing', scopes: [] }
      }
    });
    expect((await call(double, '/appointments', { key: 'mk_live_reader' })).status).toBe(200);
    for (const [method, path] of [
      ['POST', '/appointments'],
      ['DELETE', '/appointments/1001']
    ] as const) {
      const refused = await call(double, path, { key: 'mk_live_reader', method, body: method === 'POST' ? appointmentBody() : undefined });
      expect(refused.status).toBe(403);
      expect(refused.json.error).toMatchObject({ code: 'INSUFFICIENT_SCOPE', details: { required: 'appointments:create' } });
    }
    const noRead = await call(double, '/appointments/1001', { key: 'mk_live_nothing' });
    expect(noRead.json.error.details.required).toBe('appointments:read');
    expect((await call(double, '/organizations/me', { key: 'mk_live_nothing' })).status).toBe(200);
    expect(double.state.credits).toBe(500);
  });

  it('keeps test and live data apart, like the separate real environments', async () => {
    const double = await start({ credits: 50, keys: { legacy: 'test_legacy_key' } });
    const created = await call(double, '/appointments', { key: double.keys.test, method: 'POST', body: appointmentBody() });
    expect(created.status).toBe(201);
    expect(double.state.test.credits).toBe(49);
    expect(double.state.credits).toBe(50);
    expect((await call(double, '/appointments')).json.totalElements).toBe(0);
    expect((await call(double, `/appointments/${created.json.id}`)).status).toBe(404);
    expect((await call(double, '/appointments', { key: 'test_legacy_key' })).json.totalElements).toBe(1);
    expect((await call(double, '/organizations/me', { key: double.keys.test })).json.availableCredits).toBe(49);
  });
});

describe('rate-limit headers', () => {
  it('counts down X-RateLimit-Remaining per key and gives the reset as epoch seconds', async () => {
    const double = await start();
    const first = await call(double, '/departments');
    const second = await call(double, '/appointments');
    expect(first.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('999');
    expect(second.headers.get('x-ratelimit-remaining')).toBe('998');
    const reset = Number(first.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThan(Date.now() / 1000 + 3500);
    expect(reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 3600);
    expect((await call(double, '/departments', { key: double.keys.test })).headers.get('x-ratelimit-remaining')).toBe('999');
    const error = await call(double, '/appointments/1');
    expect([error.status, error.headers.get('x-ratelimit-remaining')]).toEqual([404, '997']);
  });

  it('answers 429 with Retry-After once a key has spent its budget', async () => {
    const double = await start({ rateLimit: { limit: 10, remaining: 2 } });
    expect((await call(double, '/departments')).headers.get('x-ratelimit-remaining')).toBe('1');
    expect((await call(double, '/departments')).headers.get('x-ratelimit-remaining')).toBe('0');
    const refused = await call(double, '/departments');
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe('RATE_LIMIT_EXCEEDED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('x-ratelimit-limit')).toBe('10');
  });
});

describe('the request log', () => {
  it('records every request with its answer, never the key', async () => {
    const double = await start();
    await call(double, '/organizations/me', { scheme: 'x-api-key' });
    await call(double, '/appointments?size=1', { scheme: 'bearer' });
    await call(double, '/departments', { key: 'mk_live_wrong' });
    expect(double.state.requests.map(({ method, path, status }) => [method, path, status])).toEqual([
      ['GET', '/api/v1/organizations/me', 200],
      ['GET', '/api/v1/appointments?size=1', 200],
      ['GET', '/api/v1/departments', 401]
    ]);
    expect(double.state.requests[0]?.headers['x-api-key']).toBe('[redacted]');
    expect(double.state.requests[1]?.headers.authorization).toBe('[redacted]');
    const log = JSON.stringify(double.state.requests);
    expect(log).not.toContain(double.keys.live);
    expect(log).not.toContain('mk_live_wrong');
  });
});
