/**
 * The one way to an API client: the key is sent only where the domain rules allow (present,
 * unpadded, of the environment's kind, to a safe api-url), and each refusal reads as the config
 * row says it.
 */
import { describeKey, keyInfo, keyKindRefusal } from './api-key.js';
import type { Refusal } from './refusal.js';
import { paddedRefusal } from './secrets.js';
import { checkApiUrl } from './urls.js';
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

const notRun = (refusal: Refusal, shown = ''): ClientOrRefusal => ({
  ok: false,
  outcome: fail(`not run: ${refusal.problem}${shown}`, { hints: [refusal.hint] })
});

/** An API client, or the reason the key must not be sent (none, padded, wrong environment, unsafe URL). */
export function apiClientFor(settings: Settings, options: ClientOptions): ClientOrRefusal {
  const key = settings.apiKey;
  if (key.trim() === '') {
    return { ok: false, outcome: fail('not run: no API key', { hints: ['Set api-key (or MONCRENEAU_API_KEY); see the config check.'] }) };
  }
  // The application would send the key as stored, so a trimmed probe would prove nothing.
  const padded = paddedRefusal('api-key', key);
  if (padded) return notRun(padded);
  // The key's kind must match the environment whether or not the config check was selected.
  const wrongKind = keyKindRefusal(keyInfo(key).kind, settings.environment);
  if (wrongKind) return notRun(wrongKind, ` (${describeKey(key)})`);
  const url = checkApiUrl(settings.apiUrl, settings.environment);
  if (!url.ok) return notRun(url);
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
