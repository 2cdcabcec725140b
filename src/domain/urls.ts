/** Rules for the URLs the gate sends a key or a signed event to. Pure: no I/O. */
import type { Refusal } from './refusal.js';

export type Environment = 'production' | 'staging';

const PLACEHOLDER = /\{\{[^}]*\}\}/;

/** Loopback hosts, where plain http cannot leave the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  // Only names that cannot resolve elsewhere: not *.localhost, which a resolver may send anywhere.
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Origin and path only: userinfo, query and fragment may carry credentials. */
export function displayUrl(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

export type UrlCheck = { ok: true; url: URL } | ({ ok: false } & Refusal);

/**
 * An absolute http(s) URL with no unresolved `{{...}}` placeholder and no credentials in it.
 * `http:` is accepted only for a loopback host in staging.
 */
export function checkServiceUrl(raw: string, input: string, environment: Environment): UrlCheck {
  const placeholder = PLACEHOLDER.exec(raw);
  if (placeholder) {
    return {
      ok: false,
      problem: `${input} still contains the unresolved placeholder ${placeholder[0]}`,
      hint: `Set ${input} to the real URL: the placeholder was copied from a template and never filled in.`
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return {
      ok: false,
      problem: `${input} is not an absolute URL`,
      hint: `Give ${input} as a full URL such as https://host/path.`
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      problem: `${input} contains credentials before the host`,
      hint: `Remove the user:password part from ${input}; credentials in a URL end up in logs.`
    };
  }
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:' && environment === 'staging' && isLoopbackHost(url.hostname)) {
    return { ok: true, url };
  }
  if (url.protocol === 'http:') {
    return {
      ok: false,
      problem: `${input} uses plain http (${displayUrl(url)})`,
      hint:
        environment === 'production'
          ? `Use https in production: plain http sends ${input === 'api-url' ? 'the key and the data' : 'everything'} in clear.`
          : `Use https; plain http is accepted only for a loopback host (localhost, 127.0.0.1, ::1) in staging.`
    };
  }
  return {
    ok: false,
    problem: `${input} uses the unsupported scheme ${url.protocol.replace(/:$/, '')}`,
    hint: `Give ${input} as an https URL.`
  };
}

/** The API base URL: a service URL with no query or fragment, since paths are appended to it. */
export function checkApiUrl(raw: string, environment: Environment): UrlCheck {
  const checked = checkServiceUrl(raw, 'api-url', environment);
  if (!checked.ok) return checked;
  if (checked.url.search || checked.url.hash) {
    return {
      ok: false,
      problem: 'api-url has a query or fragment',
      hint: 'Give api-url as the base URL only, e.g. https://mc-prd.duckdns.org/api/v1.'
    };
  }
  return checked;
}

/**
 * An api-url that names an endpoint (…/appointments) rather than the base, so every path would
 * be appended to it. A configuration mistake, not a danger: the key may still be sent there.
 */
export function apiUrlEndpointRefusal(url: URL): Refusal | undefined {
  const endpoint = /\/(appointments|departments|organizations(\/me)?)\/?$/.exec(url.pathname);
  if (!endpoint) return undefined;
  return {
    problem: `api-url ends with the endpoint /${endpoint[1]} (${displayUrl(url)})`,
    hint: 'Give api-url as the base URL only, e.g. https://mc-prd.duckdns.org/api/v1: every path is appended to it.'
  };
}

/** Base URL + path, keeping the base's own path (`/api/v1`) whatever slashes either has. */
export function joinUrl(base: URL, path: string): URL {
  const basePath = base.pathname.replace(/\/+$/, '');
  const rest = path.startsWith('/') ? path : `/${path}`;
  return new URL(`${base.origin}${basePath}${rest}`);
}
