/**
 * The connection pool's choice per request, against a real forwarding proxy and server on
 * 127.0.0.1: through the proxy the environment names, directly when NO_PROXY says so or when
 * the caller pinned the addresses (the webhook check), and a bad proxy setting fails closed.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import type { HttpExchange } from '../../src/http/exchange-log.js';
import { createHttpClient, type HttpClientOptions } from '../../src/http/http-client.js';
import { proxySettingsFrom } from '../../src/http/proxy-rules.js';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.js';

let server: Server;
let port = 0;
let proxy: ForwardProxy;
beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200).end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(async () => {
  proxy = await startForwardProxy();
});
afterEach(async () => proxy.close());

/** api.gate.test is only known to the proxy (which sends every name to 127.0.0.1) and to `pinned`. */
const url = () => new URL(`http://api.gate.test:${port}/v1`);
const pinned: LookupFunction = (_host, options, callback) => {
  if ((options as { all?: boolean }).all)
    (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
  else (callback as (e: null, a: string, f: number) => void)(null, '127.0.0.1', 4);
};

/** 127.0.0.1 spelled as an IPv4-mapped IPv6 address: loopback, but not by the proxy rules' spelling. */
const mapped = () => new URL(`http://[::ffff:127.0.0.1]:${port}/v1`);

async function get(options: HttpClientOptions, target = url()) {
  const client = createHttpClient(options);
  try {
    return await client.send({ method: 'GET', url: target, headers: {}, timeoutMs: 3000, maxBodyBytes: 1000 });
  } finally {
    await client.close();
  }
}

describe('createHttpClient and proxies', () => {
  it('when HTTP_PROXY is set then the request goes through the proxy, and the exchange says so', async () => {
    const seen: HttpExchange[] = [];
    const outcome = await get({ proxy: proxySettingsFrom({ HTTP_PROXY: proxy.url }), onExchange: (e) => seen.push(e) });
    expect(outcome.ok && outcome.response.body.toString()).toBe('ok');
    expect(proxy.tunnels).toBe(1);
    expect(proxy.hosts).toEqual([`api.gate.test:${port}`]);
    expect(seen[0]?.proxy).toBe(new URL(proxy.url).host);
  });

  it('when NO_PROXY names the host then the request does not go through the proxy', async () => {
    const through = await get({ proxy: proxySettingsFrom({ HTTP_PROXY: proxy.url }) }, mapped());
    expect(through.ok).toBe(true);
    expect(proxy.hosts).toEqual([`[::ffff:7f00:1]:${port}`]);
    const direct = await get({ proxy: proxySettingsFrom({ HTTP_PROXY: proxy.url, NO_PROXY: '[::ffff:7f00:1]' }) }, mapped());
    expect(direct.ok).toBe(true);
    expect(proxy.hosts).toHaveLength(1);
  });

  it('when the caller pins the addresses (the webhook check) then it connects directly, proxy or not', async () => {
    const outcome = await get({ proxy: proxySettingsFrom({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }), lookup: pinned });
    expect(outcome.ok).toBe(true);
    expect(proxy.hosts).toEqual([]);
    expect(proxy.tunnels).toBe(0);
  });

  it('when the proxy variable is not a URL then the request fails with that reason, never quoting it', async () => {
    const outcome = await get({ proxy: proxySettingsFrom({ HTTP_PROXY: 'http://user:s3cretpass@[bad' }) });
    expect(outcome.ok).toBe(false);
    const message = outcome.ok ? '' : outcome.failure.message;
    expect(message).toMatch(/HTTP_PROXY is set but is not a proxy URL; expected http:\/\/host:port/);
    expect(message).not.toContain('s3cretpass');
  });

  it('when no proxy variable is set then nothing goes through the proxy', async () => {
    const outcome = await get({ proxy: proxySettingsFrom({}) }, mapped());
    expect(outcome.ok).toBe(true);
    expect(proxy.hosts).toEqual([]);
  });
});
