/** The fetch given to Octokit, against real servers on 127.0.0.1: what it sends, and what it refuses to hand on. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { boundedFetch, FetchFailure } from '../../src/http/bounded-fetch.js';
import { createHttpClient, type HttpClient } from '../../src/http/http-client.js';

let server: Server;
let url: string;
let http: HttpClient;
let seen: { method: string; headers: IncomingMessage['headers']; body: string }[];

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ method: req.method ?? '', headers: req.headers, body });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

beforeEach(() => {
  seen = [];
  http = createHttpClient();
});
afterEach(async () => {
  await http.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const fetchOf = (maxBodyBytes = 1024 * 1024) => boundedFetch({ http, maxBodyBytes, timeoutMs: 2000 });

describe('boundedFetch', () => {
  it('when Octokit sends a PATCH with a JSON body then it goes out as given, asking for no compression', async () => {
    await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json', 'x-github-request-id': 'A1' }).end('{"id":7}'));
    const response = await fetchOf()(`${url}/repos/a/b/issues/comments/7`, {
      method: 'PATCH',
      body: '{"body":"hi"}',
      headers: { authorization: 'token x', 'accept-encoding': 'gzip' }
    });
    expect(await response.json()).toEqual({ id: 7 });
    expect(response.headers.get('x-github-request-id')).toBe('A1');
    expect(seen).toEqual([
      { method: 'PATCH', headers: expect.objectContaining({ authorization: 'token x', 'accept-encoding': 'identity' }), body: '{"body":"hi"}' }
    ]);
  });

  it('when the answer is 204 then the Response has no body', async () => {
    await serve((_req, res) => res.writeHead(204).end());
    const response = await fetchOf()(url);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it.each<[string, (res: ServerResponse) => void, RegExp]>([
    [
      'a body over the bound',
      (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(`"${'x'.repeat(5000)}"`),
      /exceeded the size limit \(1 KiB\)/
    ],
    [
      'JSON nested 400 deep',
      (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(`${'['.repeat(400)}${']'.repeat(400)}`),
      /cannot be read as JSON: nested deeper than 64 levels/
    ]
  ])('when GitHub answers %s then it is a FetchFailure of an answer that cannot be read', async (_label, answer, message) => {
    await serve((_req, res) => answer(res));
    const failure = await fetchOf(1024)(url).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FetchFailure);
    expect(failure).toMatchObject({ answered: true, message: expect.stringMatching(message) });
  });

  it('when nothing listens then it is a FetchFailure of a server not reached', async () => {
    await serve(() => {});
    const failure = await fetchOf()('http://127.0.0.1:9/').catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'FetchFailure', answered: false, message: expect.stringContaining('refused the connection') });
  });

  it('when the caller’s signal stops the request then it is an AbortError, as fetch would throw', async () => {
    await serve(() => {
      /* never answers */
    });
    const failure = await fetchOf()(url, { signal: AbortSignal.timeout(100) }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'AbortError' });
  });

  it('when the body is not text then nothing is sent', async () => {
    await serve((_req, res) => res.end());
    const failure = await fetchOf()(url, { method: 'POST', body: new Uint8Array([1, 2]) }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FetchFailure);
    expect(seen).toEqual([]);
  });
});
