/**
 * The webhook check connects directly, never through a proxy (its address rules must hold for
 * the connection made). When the endpoint could not be reached and the runner has a proxy for
 * it, say so: on a runner whose only way out is the proxy, that is the reason. Pure.
 */
import { proxyFor, type ProxySettings } from '../http/proxy-rules.js';
import type { ProbeAnswer } from './diagnosis.js';

/** Network failures a missing direct route produces. */
const UNREACHABLE = new Set(['timeout', 'refused', 'dns', 'reset']);

export function behindProxyHint(url: URL, proxy: ProxySettings | undefined, genuine: ProbeAnswer | undefined): string | undefined {
  if (!proxy || genuine?.kind !== 'failed' || !UNREACHABLE.has(genuine.failure.kind)) return undefined;
  let proxied: boolean;
  try {
    proxied = proxyFor(url, proxy) !== undefined;
  } catch {
    proxied = true; // a proxy variable is set, even if unreadable
  }
  if (!proxied) return undefined;
  const variable = url.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
  return `${variable} is set, but the webhook check connects directly, never through the proxy, so that its address rules hold for the connection made: if this runner reaches the internet only through the proxy, allow it direct access to ${url.host}, or run the webhook check from a runner that has it (checks: config,api,credits here).`;
}
