/**
 * The debug line of each HTTP exchange: what was sent and received, against a real server on
 * 127.0.0.1, with secrets redacted before anything is cut and the whole kept on one line.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeExchange, EXCERPT_CHARS, shownUrl, type HttpExchange } from '../../src/http/exchange-log.js';
import { createHttpClient } from '../../src/http/http-client.js';
import { makeRedactor } from '../../src/redact.js';

const SECRET = 'mk_live_EXCHANGElog_8Ud3Rt6Wq1Zp';
const redact = makeRedactor([SECRET]);

const exchange = (over: Partial<HttpExchange>): HttpExchange => ({
  method: 'GET',
  url: new URL('https://api.example/v1/organizations/me'),
  status: 200,
  timeMs: 12.4,
  sentBytes: 0,
  sentStart: '',
  receivedBytes: 2,
  receivedStart: '{}',
  ...over
});

describe('shownUrl', () => {
  it.each([
    ['https://user:pa55word@api.example/v1', 'https://api.example/v1'],
    ['https://hooks.example/beat?token=abc123&size=1', 'https://hooks.example/beat?token=***&size=1'],
    ['https://hooks.example/beat?api_key=abc&sig=def&Session=x', 'https://hooks.example/beat?api_key=***&sig=***&Session=***'],
    ['https://api.example/appointments?size=1', 'https://api.example/appointments?size=1']
  ])('%s -> %s', (url, shown) => {
    expect(shownUrl(new URL(url))).toBe(shown);
  });
});

describe('describeExchange', () => {
  it('says method, URL, status, time and the start of what came back', () => {
    expect(describeExchange(exchange({}), redact)).toBe('HTTP GET https://api.example/v1/organizations/me -> 200 in 12 ms; received 2 bytes "{}"');
  });

  it('redacts a secret that straddles the excerpt’s end before cutting, so no part of it shows', () => {
    const body = `${'x'.repeat(EXCERPT_CHARS - 10)}${SECRET} and more`;
    const line = describeExchange(exchange({ receivedBytes: body.length, receivedStart: body }), redact);
    const random = SECRET.slice('mk_live_'.length);
    for (let i = 0; i + 8 <= random.length; i++) expect(line).not.toContain(random.slice(i, i + 8));
    // Redacted first, then cut: the marker is what the cut shortens, not the secret.
    expect(line).toMatch(/mk_live_\[r[a-z]*…"$/);
  });

  it('redacts secrets in what was sent and in the URL', () => {
    const line = describeExchange(
      exchange({ method: 'POST', url: new URL(`https://api.example/x/${SECRET}`), sentBytes: 40, sentStart: `{"key":"${SECRET}"}` }),
      redact
    );
    expect(line).not.toContain(SECRET);
  });

  it('keeps server text on one line: line breaks and workflow commands are quoted, not printed', () => {
    const line = describeExchange(exchange({ receivedStart: 'ok\n::error::forged\r\n', receivedBytes: 20 }), redact);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).toContain('"ok\\n::error::forged\\r\\n"');
  });

  it('says when no answer came, and through which proxy', () => {
    expect(describeExchange(exchange({ status: undefined, failure: 'ECONNREFUSED', proxy: 'proxy.corp:3128' }), redact)).toBe(
      'HTTP GET https://api.example/v1/organizations/me via proxy proxy.corp:3128 -> no answer (ECONNREFUSED) in 12 ms'
    );
  });
});

describe('the HTTP client tells its observer of every exchange', () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c)).on('end', () => res.writeHead(201).end(`echo:${body}:${'y'.repeat(10_000)}`));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('when a request is answered then the exchange has its status, sizes and the body starts', async () => {
    const seen: HttpExchange[] = [];
    const client = createHttpClient({ onExchange: (e) => seen.push(e) });
    const outcome = await client.send({
      method: 'POST',
      url: new URL(`${origin}/hook?x=1`),
      headers: {},
      body: 'hello',
      timeoutMs: 2000,
      maxBodyBytes: 100_000
    });
    await client.close();
    expect(outcome.ok).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', status: 201, sentBytes: 5, sentStart: 'hello', receivedBytes: 10_011 });
    expect(seen[0]!.url.href).toBe(`${origin}/hook?x=1`);
    expect(seen[0]!.receivedStart.startsWith('echo:hello:yyy')).toBe(true);
    expect(seen[0]!.receivedStart.length).toBeLessThan(10_011);
  });

  it('when nothing listens then the exchange is reported as unanswered, and the outcome is unchanged', async () => {
    const seen: HttpExchange[] = [];
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = createHttpClient({ onExchange: (e) => seen.push(e) });
    const outcome = await client.send({ method: 'GET', url: new URL(`http://127.0.0.1:${port}/`), headers: {}, timeoutMs: 2000, maxBodyBytes: 1000 });
    await client.close();
    expect(outcome.ok).toBe(false);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ status: undefined, failure: 'ECONNREFUSED' });
  });

  it('when the observer throws then the request is not affected', async () => {
    const client = createHttpClient({
      onExchange: () => {
        throw new Error('observer broke');
      }
    });
    const outcome = await client.send({ method: 'GET', url: new URL(`${origin}/`), headers: {}, timeoutMs: 2000, maxBodyBytes: 100_000 });
    await client.close();
    expect(outcome.ok && outcome.response.status).toBe(201);
  });
});
