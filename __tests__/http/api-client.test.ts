/**
 * The API client against hostile servers on 127.0.0.1: each unreadable answer is a result with
 * its reason, the server's words are redacted then cut where they enter, and nothing throws.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { budgetFor } from '../../src/engine/timing.js';
import { createApiClient, type ApiClient, type ApiResult } from '../../src/http/api-client.js';
import { makeRedactor } from '../../src/redact.js';
import { startAttacker, type Attacker, type AttackName } from '../hostile/attackers.js';

const KEY = 'mk_test_ApiClientHostile_9fQ2xV7LmZ';
const OTHER_SECRET = 'whsec_ApiClientHostile_Q8wE4rT6yU';
let attacker: Attacker | undefined;
let server: Server | undefined;
let client: ApiClient | undefined;
afterEach(async () => {
  await client?.close();
  await attacker?.close();
  if (server) await new Promise<void>((resolve) => (server!.closeAllConnections(), server!.close(() => resolve())));
  attacker = undefined;
  server = undefined;
});

function clientFor(url: string): ApiClient {
  client = createApiClient({
    baseUrl: new URL(`${url}/api/v1`),
    apiKey: KEY,
    authScheme: 'x-api-key',
    retries: 0,
    time: budgetFor(10_000),
    requestTimeoutMs: 1500,
    redact: makeRedactor([KEY, OTHER_SECRET])
  });
  return client;
}

async function attackWith(name: AttackName): Promise<ApiResult<unknown>> {
  attacker = await startAttacker(name);
  return clientFor(attacker.url).get('/credits');
}

/** A server that answers every request with this status and JSON text. */
async function answering(status: number, text: string): Promise<ApiClient> {
  server = createServer((req, res) => {
    req.resume();
    res.writeHead(status, { 'content-type': 'application/json' }).end(text);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return clientFor(`http://127.0.0.1:${(server.address() as { port: number }).port}`);
}

describe('api client: unreadable answers', () => {
  it('when the answer is 200,000 levels deep then it is not-json "nested deeper than 64 levels", not a stack overflow', async () => {
    const result = await attackWith('deep-json');
    expect(result).toMatchObject({ ok: false, problem: { kind: 'not-json', status: 200, reason: 'nested deeper than 64 levels' } });
    // The result itself can be written out: nothing deep was kept.
    expect(() => JSON.stringify(result)).not.toThrow();
  });

  it.each<[AttackName, string]>([
    ['gzip-bomb', 'compressed (gzip) although no compression was asked for'],
    ['br-bomb', 'compressed (br) although no compression was asked for'],
    ['empty-200', 'an empty body']
  ])('when the answer is %s then it is not-json with the reason "%s"', async (name, reason) => {
    expect(await attackWith(name)).toMatchObject({ ok: false, problem: { kind: 'not-json', status: 200, reason } });
  });

  it.each<[AttackName, string]>([
    ['declared-oversize', 'too-large'],
    ['endless-body', 'too-large'],
    ['reset-mid-body', 'reset'],
    ['trickle', 'timeout'],
    ['bad-chunk', 'malformed'],
    ['garbage-status', 'malformed'],
    ['no-answer', 'reset'],
    ['header-flood', 'too-large']
  ])('when the answer is %s then it is a network problem of kind %s, with the attempt measured', async (name, kind) => {
    const result = await attackWith(name);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'network', failure: { kind } } });
    expect(result.attempts).toHaveLength(1);
    expect(result.attempts[0]!.failure).toEqual(expect.any(String));
  });
});

describe('api client: the server’s words are bounded where they enter', () => {
  it('when the error code is 600 KB and the message 300 KB then both are cut (code ≤ 100, message ≤ 300 characters)', async () => {
    const result = await attackWith('huge-error-code');
    expect(result).toMatchObject({ ok: false, problem: { kind: 'status', status: 400 } });
    const problem = (result as { problem: { code: string; message: string } }).problem;
    expect(problem.code.length).toBeLessThanOrEqual(100);
    expect(problem.code.endsWith('…')).toBe(true);
    expect(problem.message.length).toBeLessThanOrEqual(300);
  });

  it('when a secret straddles the cut then it is redacted first, so no part of it survives', async () => {
    // 80 characters, then the key: a cut at 100 would keep its first 20 characters.
    const code = `${'E'.repeat(80)}${KEY}${'E'.repeat(600_000)}`;
    const message = `${'m'.repeat(280)}${OTHER_SECRET}`;
    const api = await answering(403, JSON.stringify({ error: { code, message, details: { required: [`${'s'.repeat(95)}${KEY}`] } } }));
    const result = await api.get('/credits');
    const text = JSON.stringify(result);
    for (const secret of [KEY, OTHER_SECRET]) {
      const random = secret.slice(secret.indexOf('_', 4) + 1);
      for (let i = 0; i + 8 <= random.length; i++) expect(text).not.toContain(random.slice(i, i + 8));
    }
    expect((result as { problem: { code: string } }).problem.code).toContain('[redacted]');
  });

  it('when details carry more than the missing scope then only the scope is kept', async () => {
    const api = await answering(
      403,
      JSON.stringify({ error: { code: 'INSUFFICIENT_SCOPE', details: { required: 'appointments:create', dump: 'x'.repeat(500_000) } } })
    );
    const result = await api.get('/credits');
    expect(result).toMatchObject({ ok: false, problem: { kind: 'status', code: 'INSUFFICIENT_SCOPE', details: { required: 'appointments:create' } } });
    expect(JSON.stringify(result).length).toBeLessThan(2000);
  });

  it('when a 200 carries a deep error envelope then it is still read as not-json, never walked', async () => {
    const api = await answering(200, `{"error":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(await api.get('/credits')).toMatchObject({ ok: false, problem: { kind: 'not-json', reason: 'nested deeper than 64 levels' } });
  });
});
