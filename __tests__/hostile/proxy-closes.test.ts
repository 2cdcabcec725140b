/**
 * Hostile: a proxy that closes each connection instead of answering the CONNECT (a proxy
 * restarting, a filter dropping the host). undici counts that as a recoverable socket error and
 * opens the tunnel again at once, thousands of times a second, until the request's own limit:
 * a flood at the proxy, and a row saying the API "did not answer". The run must fail at once,
 * with a few attempts, naming the proxy. The BUILT bundle under Node 24; every request goes
 * through the proxy on 127.0.0.1, so nothing leaves the machine.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import { expectNoSecrets, runBundle } from '../helpers/run-bundle.js';

const KEY = 'mk_live_proxyClosesKey0123456789ab';
const PROXY_PASSWORD = 'proxyPassw0rdNeverShown';

let proxy: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
  proxy = undefined;
});

describe('hostile: a proxy that closes the connection', () => {
  it('fails the API checks at once, naming the proxy, after a few tunnels, not thousands', async () => {
    let connections = 0;
    proxy = createServer((socket) => {
      connections++;
      socket.once('data', () => socket.destroy());
    });
    await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as { port: number }).port;

    const run = await runBundle(
      { 'api-key': KEY, checks: 'config,api,credits', 'pr-comment': 'false', 'timeout-seconds': '20' },
      { HTTPS_PROXY: `http://gate:${PROXY_PASSWORD}@127.0.0.1:${port}` }
    );

    expect(run.code).toBe(1);
    expect(run.outputs['failed-checks']).toBe('api,credits');
    const rows = (run.report as { checks: { id: string; summary: string }[] }).checks.filter((c) => c.id === 'api' || c.id === 'credits');
    for (const row of rows) expect(row.summary).toContain(`the proxy 127.0.0.1:${port} (HTTPS_PROXY) closed the connection`);
    // Each request and its retries (retries: 2) open one tunnel each.
    expect(connections).toBeLessThanOrEqual(20);
    expect(run.durationMs).toBeLessThan(10_000);
    expect(run.allText).not.toContain(PROXY_PASSWORD);
    expectNoSecrets(run.allText, [KEY]);
  });
});
