/**
 * Which proxy, if any, a request goes through: `HTTPS_PROXY` / `HTTP_PROXY` and `NO_PROXY`
 * (either case), read the way the runner's own tools read them (`@actions/http-client`, which
 * the pull request comment uses; a test compares the two). Pure: settings and URL in.
 */

/** The proxy variables of the run's environment ('' when unset). */
export interface ProxySettings {
  httpsProxy: string;
  httpProxy: string;
  noProxy: string;
}

/** Reads the proxy variables, lower case first (curl's and http-client's order). */
export function proxySettingsFrom(env: NodeJS.ProcessEnv): ProxySettings {
  const variable = (name: string) => env[name.toLowerCase()] || env[name.toUpperCase()] || '';
  return { httpsProxy: variable('https_proxy'), httpProxy: variable('http_proxy'), noProxy: variable('no_proxy') };
}

/** Loopback never goes through a proxy, as in the runner's tools: the proxy cannot reach it. */
function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.startsWith('127.') || host === '[::1]' || host === '[0:0:0:0:0:0:0:1]';
}

/** True when NO_PROXY names the host: `*`, the host, `host:port`, or a parent domain. */
export function bypassesProxy(url: URL, proxy: ProxySettings): boolean {
  if (isLoopback(url.hostname)) return true;
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const hosts = [url.hostname.toUpperCase(), `${url.hostname.toUpperCase()}:${port}`];
  return proxy.noProxy
    .split(',')
    .map((entry) => entry.trim().toUpperCase())
    .filter((entry) => entry !== '')
    .some((entry) => entry === '*' || hosts.some((h) => h === entry || h.endsWith(entry.startsWith('.') ? entry : `.${entry}`)));
}

/** A proxy variable that cannot be read as a URL: named, never quoted (it may hold a password). */
export class InvalidProxySetting extends Error {}

/** The proxy URL for a request, or undefined to connect directly. */
export function proxyFor(url: URL, proxy: ProxySettings): URL | undefined {
  if (bypassesProxy(url, proxy)) return undefined;
  const name = url.protocol === 'https:' ? 'https_proxy' : 'http_proxy';
  const value = url.protocol === 'https:' ? proxy.httpsProxy : proxy.httpProxy;
  if (value === '') return undefined;
  // `proxy.corp:3128` is common in runner configuration: read as http://, as the runner does.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  try {
    const parsed = new URL(withScheme);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed;
  } catch {
    // reported below
  }
  throw new InvalidProxySetting(`${name.toUpperCase()} is set but is not a proxy URL; expected http://host:port (or https://)`);
}
