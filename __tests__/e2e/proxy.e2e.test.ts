/**
 * Behind a proxy, end to end: the BUILT bundle (rebuild with `npm run build`) under Node 24,
 * a real forwarding proxy on 127.0.0.1, the double and a verifying receiver over HTTPS under
 * names that are not loopback by their spelling (api.moncreneau.test, hooks.moncreneau.test,
 * resolved to 127.0.0.1 by a hosts preload), since loopback never goes through a proxy.
 * What must hold: every API call goes through HTTPS_PROXY (either case) unless NO_PROXY names
 * the host; the webhook check always connects directly to the addresses it checked, so its
 * address rules hold for the connection actually made.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeCa, makeCertificateSignedBy } from '../../sandbox/certificate.mjs';
import { startDouble } from '../../sandbox/moncreneau-double.mjs';
import { startReceiver } from '../../sandbox/webhook-receiver.mjs';
import { HOSTS_PRELOAD, startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.js';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double.js';
import { expectNoSecrets, runBundle } from '../helpers/run-bundle.js';

const SECRET = 'whsec_PROXYtest_4Rb9Kt2Wm6Qz';
const TOKEN = 'ghs_PROXYtoken_7Hn3Vd8Lp1Xc';
const API_HOST = 'api.moncreneau.test';
const HOOK_HOST = 'hooks.moncreneau.test';
const GITHUB_HOST = 'github.moncreneau.test';

let dir = '';
let double: Awaited<ReturnType<typeof startDouble>>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let github: GitHubDouble;
let proxy: ForwardProxy;
let baseEnv: Record<string, string>;
/** The application's own health endpoint, for the watch. */
let health: Server;
let healthPort = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gate-proxy-e2e-'));
  const ca = await makeCa();
  const leaf = await makeCertificateSignedBy(ca, { altNames: [API_HOST, HOOK_HOST] });
  writeFileSync(join(dir, 'ca.pem'), ca.cert);
  writeFileSync(join(dir, 'hosts.mjs'), HOSTS_PRELOAD);
  double = await startDouble({ https: { ...leaf, ca: ca.cert } });
  receiver = await startReceiver({ secret: SECRET, https: leaf });
  github = await startGitHubDouble();
  health = createServer({ key: leaf.key, cert: leaf.cert }, (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'));
  await new Promise<void>((resolve) => health.listen(0, '127.0.0.1', resolve));
  healthPort = String((health.address() as AddressInfo).port);
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, head: { ref: 'feature' } } }));
  const names = [API_HOST, HOOK_HOST, GITHUB_HOST].map((h) => `${h}=127.0.0.1`).join(',');
  baseEnv = { NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem'), NODE_OPTIONS: `--import=${pathToFileURL(join(dir, 'hosts.mjs')).href}`, TEST_HOSTS: names };
}, 30_000);
afterAll(async () => {
  await Promise.all([double?.close(), receiver?.close(), github?.close(), new Promise((resolve) => health?.close(resolve))]);
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await proxy?.close();
  proxy = await startForwardProxy();
});
afterAll(async () => proxy?.close());

const port = (url: string) => new URL(url).port;
const apiUrl = () => `https://${API_HOST}:${port(double.url)}/api/v1`;
const hookUrl = () => `https://${HOOK_HOST}:${port(receiver.url)}${new URL(receiver.url).pathname}`;

function gate(inputs: Record<string, string>, env: Record<string, string>) {
  return runBundle(
    {
      environment: 'staging',
      'api-url': apiUrl(),
      'api-key': double.keys.test,
      'webhook-url': hookUrl(),
      'webhook-secret': SECRET,
      'allow-private-webhook': 'true',
      'pr-comment': 'false',
      ...inputs
    },
    { ...baseEnv, ...env },
    { timeoutMs: 30_000 }
  );
}

const statusOf = (run: Awaited<ReturnType<typeof gate>>, id: string) =>
  (run.report?.checks as { id: string; status: string; summary: string }[] | undefined)?.find((c) => c.id === id);

describe('the built action behind a forwarding proxy', () => {
  it('when HTTPS_PROXY is set then every API call goes through it and the run passes; the webhook check connects directly', async () => {
    const run = await gate({}, { HTTPS_PROXY: proxy.url });
    expect(run.stderr).toBe('');
    expect(run.outputs.result).toBe('pass');
    expect(proxy.tunnels).toBeGreaterThan(0);
    expect(new Set(proxy.hosts)).toEqual(new Set([`${API_HOST}:${port(double.url)}`]));
    // The webhook host was never asked of the proxy: its connection went to the checked address.
    expect(proxy.hosts.some((h) => h.startsWith(HOOK_HOST))).toBe(false);
    expect(statusOf(run, 'webhook')?.status).toBe('pass');
    expectNoSecrets(run.allText, [double.keys.test, SECRET]);
  }, 40_000);

  it('when the watch runs behind the proxy then its API probes and health URL go through it', async () => {
    const health = `https://${HOOK_HOST}:${healthPort}/healthz`;
    const run = await gate(
      { mode: 'watch', 'watch-minutes': '0.01', 'watch-interval-seconds': '0.2', 'error-window-minutes': '0.005', 'health-url': health },
      { HTTPS_PROXY: proxy.url }
    );
    expect(run.outputs.rollback).toBe('false');
    expect(new Set(proxy.hosts)).toEqual(new Set([`${API_HOST}:${port(double.url)}`, `${HOOK_HOST}:${healthPort}`]));
    expect(run.stdout).toMatch(/^::debug::watch interval \d+: health: 200 in \d+ ms$/m);
    expect(proxy.tunnels).toBeGreaterThan(0);
  }, 40_000);

  it('when the variable is written in lower case (https_proxy) then it is honoured too', async () => {
    const run = await gate({ checks: 'config,credits' }, { https_proxy: proxy.url });
    expect(run.outputs.result).toBe('pass');
    expect(proxy.tunnels).toBeGreaterThan(0);
  }, 40_000);

  it.each([
    ['the parent domain', '.moncreneau.test'],
    ['the domain without a dot, lower case variable', 'moncreneau.test'],
    ['the host and its port', `${API_HOST}:PORT`],
    ['a wildcard', '*']
  ])(
    'when NO_PROXY names %s then no call goes through the proxy and the run passes',
    async (_label, noProxy) => {
      const lower = noProxy === 'moncreneau.test';
      const value = noProxy.replace('PORT', port(double.url));
      const run = await gate({}, { HTTPS_PROXY: proxy.url, ...(lower ? { no_proxy: value } : { NO_PROXY: value }) });
      expect(run.outputs.result).toBe('pass');
      expect(proxy.hosts).toEqual([]);
      expect(proxy.tunnels).toBe(0);
    },
    40_000
  );

  it('when the proxy refuses the tunnel then the API checks fail with the reason, never pass', async () => {
    proxy.refuse = 403;
    const run = await gate({ checks: 'config,api,credits' }, { HTTPS_PROXY: proxy.url });
    expect(run.code).toBe(1);
    expect(run.outputs['failed-checks']).toBe('api,credits');
    expect(proxy.hosts.length).toBeGreaterThan(0);
    // Named as the proxy's refusal, not as the deadline or the API.
    expect(statusOf(run, 'api')?.summary).toMatch(
      new RegExp(`the proxy 127\\.0\\.0\\.1:\\d+ \\(HTTPS_PROXY\\) refused to open a tunnel to ${API_HOST}:\\d+ \\(HTTP 403\\)`)
    );
    expect(run.stderr).toBe('');
  }, 40_000);

  it('when the proxy cannot be reached then the API checks fail naming the proxy, not the API', async () => {
    const gone = proxy.url;
    await proxy.close();
    const run = await gate({ checks: 'config,credits' }, { HTTPS_PROXY: gone });
    expect(run.outputs['failed-checks']).toBe('credits');
    expect(statusOf(run, 'credits')?.summary).toMatch(/the proxy 127\.0\.0\.1:\d+ \(HTTPS_PROXY\) could not be reached \(ECONNREFUSED\)/);
  }, 40_000);

  it('when private webhook hosts are not allowed then the address rules still refuse it, and the proxy is not asked', async () => {
    const before = receiver.events.length;
    const run = await gate({ checks: 'config,webhook', 'allow-private-webhook': 'false' }, { HTTPS_PROXY: proxy.url });
    const webhook = statusOf(run, 'webhook');
    expect(webhook?.status).toBe('fail');
    expect(webhook?.summary).toMatch(/loopback/);
    expect(proxy.hosts).toEqual([]);
    // Nothing was delivered, directly or otherwise.
    expect(receiver.events.length).toBe(before);
  }, 40_000);

  it('when the webhook endpoint cannot be reached directly then the webhook check fails and says it bypasses the proxy', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const run = await gate({ checks: 'config,webhook', 'webhook-url': `https://${HOOK_HOST}:${closedPort}/webhooks` }, { HTTPS_PROXY: proxy.url });
    const webhook = run.report?.checks as { id: string; status: string; hints: string[] }[];
    const row = webhook.find((c) => c.id === 'webhook');
    expect(row?.status).toBe('fail');
    expect(row?.hints.join('\n')).toContain(`HTTPS_PROXY is set, but the webhook check connects directly, never through the proxy`);
    expect(row?.hints.join('\n')).toContain(`allow it direct access to ${HOOK_HOST}:${closedPort}`);
    expect(proxy.hosts).toEqual([]);
  }, 40_000);

  it('when a pull request comment is posted then GitHub is reached through the proxy too', async () => {
    const run = await gate(
      { checks: 'config', 'pr-comment': 'true', 'github-token': TOKEN },
      {
        HTTPS_PROXY: proxy.url,
        HTTP_PROXY: proxy.url,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(dir, 'event.json'),
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_API_URL: `http://${GITHUB_HOST}:${port(github.url)}`,
        GITHUB_RUN_ID: '77'
      }
    );
    expect(run.outputs.result).toBe('pass');
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::warning'))).toEqual([]);
    expect(github.comments.get(7)?.length).toBe(1);
    expect(proxy.hosts).toContain(`${GITHUB_HOST}:${port(github.url)}`);
    expectNoSecrets(run.allText, [double.keys.test, SECRET, TOKEN]);
  }, 40_000);
});
