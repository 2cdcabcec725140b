/**
 * What everything that calls the API shares: refusing to send the key anywhere unsafe, and
 * building the API client when it is safe.
 */
import { describeKey, keyInfo } from '../domain/api-key.js';
import { checkApiUrl } from '../domain/urls.js';
import { fail, type CheckOutcome } from '../engine/check.js';
import { createApiClient, type ApiClient } from '../http/api-client.js';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../http/http-client.js';
import { makeRedactor } from '../redact.js';
import type { Settings } from '../settings/settings.js';

export type ClientOrRefusal = { ok: true; client: ApiClient; baseUrl: URL } | { ok: false; outcome: CheckOutcome };

export interface ClientOptions {
  signal: AbortSignal;
  /** `performance.now()` value nothing may wait past. */
  deadline: number;
  /** Extra attempts for read-only calls; the retries input unless given. */
  retries?: number;
  requestTimeoutMs?: number;
  /** A transport to share, or options for a new one (extra trusted CAs in tests). */
  http?: HttpClient | HttpClientOptions;
}

const isHttpClient = (http: ClientOptions['http']): http is HttpClient => typeof (http as HttpClient | undefined)?.send === 'function';

/** An API client, or the reason the key must not be sent (none, padded, wrong environment, unsafe URL). */
export function apiClientFor(settings: Settings, options: ClientOptions): ClientOrRefusal {
  const key = settings.apiKey;
  if (key.trim() === '') {
    return { ok: false, outcome: fail('not run: no API key', { hints: ['Set api-key (or MONCRENEAU_API_KEY); see the config check.'] }) };
  }
  if (key !== key.trim()) {
    // The application would send the key as stored, so a trimmed probe would prove nothing.
    return { ok: false, outcome: fail('not run: the API key has spaces or line breaks around it', { hints: ['Store the key without surrounding whitespace; see the config check.'] }) };
  }
  // The key's kind must match the environment whether or not the config check was selected.
  const kind = keyInfo(key).kind;
  if (kind === 'test' && settings.environment === 'production') {
    return { ok: false, outcome: fail(`not run: TEST key in production (${describeKey(key)})`, { hints: ['Use the production key (mk_live_…): a test key sees only test data, so nothing it answers says anything about production.'] }) };
  }
  if (kind === 'live' && settings.environment === 'staging') {
    return { ok: false, outcome: fail(`not run: LIVE key in staging (${describeKey(key)})`, { hints: ['Use a test key (mk_test_…) in staging: a live key books real appointments and spends real credits.'] }) };
  }
  const url = checkApiUrl(settings.apiUrl, settings.environment);
  if (!url.ok) return { ok: false, outcome: fail(`not run: ${url.problem}`, { hints: [url.hint] }) };
  const client = createApiClient({
    baseUrl: url.url,
    apiKey: key,
    authScheme: settings.authScheme,
    retries: options.retries ?? settings.retries,
    signal: options.signal,
    deadline: options.deadline,
    requestTimeoutMs: options.requestTimeoutMs,
    http: isHttpClient(options.http) ? options.http : createHttpClient(options.http ?? {}),
    // Every secret, so an API that echoes the webhook secret or the token has it redacted too.
    redact: makeRedactor([key, settings.webhookSecret, settings.githubToken])
  });
  return { ok: true, client, baseUrl: url.url };
}
