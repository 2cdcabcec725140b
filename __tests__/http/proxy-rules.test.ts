/**
 * The proxy rules read the environment as the runner's own tools do: every case is also asked
 * of @actions/http-client (what the pull request comment uses), and both must agree.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { bypassesProxy, InvalidProxySetting, proxyFor as proxyForSettings, proxySettingsFrom } from '../../src/http/proxy-rules.js';

/** The rules on the settings the run reads from these variables. */
const proxyFor = (url: URL, env: NodeJS.ProcessEnv) => proxyForSettings(url, proxySettingsFrom(env));

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
const saved = Object.fromEntries(PROXY_VARIABLES.map((n) => [n, process.env[n]]));
afterEach(() => {
  for (const [n, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[n];
    else process.env[n] = v;
  }
});

/** What @actions/http-client decides with the same variables in process.env. */
function httpClientProxy(url: string, env: Record<string, string>): string | undefined {
  for (const n of PROXY_VARIABLES) delete process.env[n];
  Object.assign(process.env, env);
  return getProxyUrl(new URL(url))?.href;
}

const P = 'http://proxy.corp:3128/';
const cases: [string, string, Record<string, string>, string | undefined][] = [
  ['https through HTTPS_PROXY', 'https://api.example/v1', { HTTPS_PROXY: P }, P],
  ['https through https_proxy (lower case)', 'https://api.example/v1', { https_proxy: P }, P],
  ['lower case first when both are set', 'https://api.example/v1', { https_proxy: P, HTTPS_PROXY: 'http://other:1/' }, P],
  ['http through HTTP_PROXY only', 'http://api.example/v1', { HTTP_PROXY: P, HTTPS_PROXY: 'http://other:1/' }, P],
  ['https ignores HTTP_PROXY', 'https://api.example/v1', { HTTP_PROXY: P }, undefined],
  ['nothing set', 'https://api.example/v1', {}, undefined],
  ['NO_PROXY names the host', 'https://api.example/v1', { HTTPS_PROXY: P, NO_PROXY: 'api.example' }, undefined],
  ['no_proxy names a parent domain', 'https://api.example/v1', { HTTPS_PROXY: P, no_proxy: 'example' }, undefined],
  ['NO_PROXY with a leading dot', 'https://api.example/v1', { HTTPS_PROXY: P, NO_PROXY: '.example' }, undefined],
  ['NO_PROXY in another case', 'https://API.Example/v1', { HTTPS_PROXY: P, NO_PROXY: 'api.EXAMPLE' }, undefined],
  ['NO_PROXY with the port', 'https://api.example:8443/v1', { HTTPS_PROXY: P, NO_PROXY: 'api.example:8443' }, undefined],
  ['NO_PROXY with another port', 'https://api.example:8443/v1', { HTTPS_PROXY: P, NO_PROXY: 'api.example:443' }, P],
  ['NO_PROXY with the default port', 'https://api.example/v1', { HTTPS_PROXY: P, NO_PROXY: 'api.example:443' }, undefined],
  ['NO_PROXY a wildcard', 'https://api.example/v1', { HTTPS_PROXY: P, NO_PROXY: '*' }, undefined],
  ['NO_PROXY a list with spaces', 'https://api.example/v1', { HTTPS_PROXY: P, NO_PROXY: 'a.test, api.example ,b.test' }, undefined],
  ['NO_PROXY a suffix that is not a domain', 'https://badexample/v1', { HTTPS_PROXY: P, NO_PROXY: 'example' }, P],
  ['NO_PROXY of another host', 'https://api.example/v1', { HTTPS_PROXY: P, NO_PROXY: 'other.example' }, P],
  ['localhost never', 'https://localhost:8443/v1', { HTTPS_PROXY: P }, undefined],
  ['127.0.0.1 never', 'https://127.0.0.1:8443/v1', { HTTPS_PROXY: P }, undefined],
  ['any 127.x never', 'http://127.1.2.3/v1', { HTTP_PROXY: P }, undefined],
  ['[::1] never', 'https://[::1]:8443/v1', { HTTPS_PROXY: P }, undefined]
];

describe('proxyFor', () => {
  it.each(cases)('%s', (_label, url, env, expected) => {
    expect(proxyFor(new URL(url), env)?.href).toBe(expected);
    expect(httpClientProxy(url, env)).toBe(expected);
  });

  it('reads a proxy written without a scheme as http:// (http-client takes "proxy.corp:" for the scheme)', () => {
    expect(proxyFor(new URL('https://api.example/v1'), { HTTPS_PROXY: 'proxy.corp:3128' })?.href).toBe(P);
    expect(proxyFor(new URL('https://api.example/v1'), { HTTPS_PROXY: '10.0.0.5:3128' })?.href).toBe('http://10.0.0.5:3128/');
  });

  it('keeps the proxy’s credentials for the tunnel, and never quotes them when the value is unreadable', () => {
    expect(proxyFor(new URL('https://api.example'), { HTTPS_PROXY: 'http://user:pa%40ss@proxy.corp:3128' })?.password).toBe('pa%40ss');
    const read = () => proxyFor(new URL('https://api.example'), { HTTPS_PROXY: 'http://user:s3cret@[bad' });
    expect(read).toThrow(InvalidProxySetting);
    expect(read).toThrow('HTTPS_PROXY is set but is not a proxy URL; expected http://host:port (or https://)');
    expect(() => proxyFor(new URL('https://api.example'), { HTTPS_PROXY: 'socks5://proxy.corp:1080' })).toThrow(/not a proxy URL/);
  });

  it('tells bypass apart from "no proxy set"', () => {
    expect(bypassesProxy(new URL('https://api.example'), proxySettingsFrom({ NO_PROXY: 'api.example' }))).toBe(true);
    expect(bypassesProxy(new URL('https://api.example'), proxySettingsFrom({}))).toBe(false);
  });
});
