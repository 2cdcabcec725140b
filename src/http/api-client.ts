/**
 * The MONCRENEAU API as the gate uses it: base URL joined with paths, the key sent per
 * auth-scheme, JSON checked against the caller's shape, the error envelope read, and read-only calls retried
 * within the run's deadline.
 */
import { joinUrl } from '../domain/urls.js';
import type { Budget } from '../engine/timing.js';
import { makeRedactor, type Redactor } from '../redact.js';
import { USER_AGENT } from '../version.js';
import { anyJson, type AnswerShape } from './answer-shape.js';
import { interpret } from './api-answer.js';
import { createHttpClient, type HttpClient } from './http-client.js';
import type { ApiResult, Attempt } from './api-result.js';
import { isRetryableFailure, isRetryableStatus, nextDelay, parseRetryAfter } from './retry-policy.js';

export interface ApiClientConfig {
  baseUrl: URL;
  apiKey: string;
  authScheme: 'x-api-key' | 'bearer';
  /** Extra attempts for read-only calls. */
  retries: number;
  /** The caller's time: every call, its retries and their waits included, ends within it and stops with it. */
  time: Budget;
  requestTimeoutMs?: number;
  http?: HttpClient;
  /** Applied to the server's words before they are cut and kept; the key's own by default. */
  redact?: Redactor;
}

export type { ApiProblem, ApiResult, Attempt } from './api-result.js';

export interface ApiClient {
  /** Without a shape, any JSON answer is the data. */
  get<T = unknown>(path: string, shape?: AnswerShape<T>): Promise<ApiResult<T>>;
  post<T>(path: string, body: unknown, shape: AnswerShape<T>): Promise<ApiResult<T>>;
  /** DELETE is idempotent, so it is retried like a read. */
  delete(path: string): Promise<ApiResult<null>>;
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
/** No API answer the gate reads is anywhere near this: a larger one is not the API. */
const MAX_BODY_BYTES = 1024 * 1024;
/** First wait before a retry: 0.5 s, then 1 s, 2 s..., each with jitter. */
const BACKOFF_BASE_MS = 500;

/** A wait in the unit a person reads it in ("1200 ms", "45 s", "more than a day"). */
function waitText(ms: number): string {
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  if (ms < 86_400_000) return `${Math.round(ms / 1000)} s`;
  return 'more than a day';
}

export function createApiClient(config: ApiClientConfig): ApiClient {
  const http = config.http ?? createHttpClient();
  const redact = config.redact ?? makeRedactor([config.apiKey]);
  const timeoutMs = config.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const auth: Record<string, string> = config.authScheme === 'bearer' ? { authorization: `Bearer ${config.apiKey}` } : { 'x-api-key': config.apiKey };

  async function call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body: unknown, shape: AnswerShape<T> | null, retry: boolean): Promise<ApiResult<T>> {
    const { time } = config;
    const url = joinUrl(config.baseUrl, path);
    const attempts: Attempt[] = [];
    const maxAttempts = retry ? config.retries + 1 : 1;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    for (let attempt = 0; ; attempt++) {
      const outcome = await http.send({
        method,
        url,
        headers: {
          ...auth,
          accept: 'application/json',
          'user-agent': USER_AGENT,
          ...(payload !== undefined ? { 'content-type': 'application/json' } : {})
        },
        body: payload,
        timeoutMs: Math.max(1, Math.min(timeoutMs, time.remainingMs())),
        maxBodyBytes: MAX_BODY_BYTES,
        signal: time.signal
      });
      let result: ApiResult<T>;
      let retryable: boolean;
      let retryAfterMs: number | undefined;
      if (!outcome.ok) {
        attempts.push({ timeMs: Math.round(outcome.timeMs), failure: outcome.failure.message });
        result = { ok: false, problem: { kind: 'network', failure: outcome.failure }, headers: {}, attempts };
        retryable = isRetryableFailure(outcome.failure);
      } else {
        const { response } = outcome;
        attempts.push({ status: response.status, timeMs: Math.round(response.timeMs) });
        const read = interpret(response, shape, url, redact);
        result = 'problem' in read ? { ok: false, problem: read.problem, headers: response.headers, attempts } : { ...read, attempts };
        retryable = isRetryableStatus(response.status);
        retryAfterMs = parseRetryAfter(response.headers['retry-after'], Date.now());
      }
      if (result.ok || !retryable || attempt + 1 >= maxAttempts || time.expired) return result;
      const delay = nextDelay(attempt, BACKOFF_BASE_MS, Math.random(), retryAfterMs);
      // Never sleep into the deadline: a retry that cannot finish in time is not made.
      if (delay + 50 >= time.remainingMs()) {
        return { ...result, note: `not retried: waiting ${waitText(delay)} would pass the run’s deadline` };
      }
      await time.sleep(delay);
      if (time.expired) return result;
    }
  }

  return {
    get: <T>(path: string, shape?: AnswerShape<T>) => call('GET', path, undefined, shape ?? (anyJson as AnswerShape<T>), true),
    post: (path, body, shape) => call('POST', path, body, shape, false),
    delete: (path) => call('DELETE', path, undefined, null, true),
    close: () => http.close()
  };
}
