/**
 * The MONCRENEAU API as the gate uses it: base URL joined with paths, the key sent per
 * auth-scheme, JSON validated with zod, the error envelope read, and read-only calls retried
 * within the run's deadline.
 */
import * as z from 'zod/mini';
import { joinUrl } from '../domain/urls.js';
import { budget, type Budget } from '../engine/timing.js';
import { makeRedactor, type Redactor } from '../redact.js';
import { USER_AGENT } from '../version.js';
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
  signal: AbortSignal;
  /** `performance.now()` value nothing may wait past. */
  deadline: number;
  requestTimeoutMs?: number;
  http?: HttpClient;
  /** Applied to the server's words before they are cut and kept; the key's own by default. */
  redact?: Redactor;
}

export type { ApiProblem, ApiResult, Attempt } from './api-result.js';

export interface ApiClient {
  get<T>(path: string, schema: z.core.$ZodType<T>): Promise<ApiResult<T>>;
  post<T>(path: string, body: unknown, schema: z.core.$ZodType<T>): Promise<ApiResult<T>>;
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

  async function call<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body: unknown,
    schema: z.core.$ZodType<T> | null,
    retry: boolean
  ): Promise<ApiResult<T>> {
    // The call's time, its retries and their waits included: up to the run's deadline, stopped with the run.
    const time = budget(config.deadline, config.signal);
    try {
      return await callWithin(time, method, path, body, schema, retry);
    } finally {
      time.dispose();
    }
  }

  async function callWithin<T>(
    time: Budget,
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body: unknown,
    schema: z.core.$ZodType<T> | null,
    retry: boolean
  ): Promise<ApiResult<T>> {
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
        const read = interpret(response, schema, url, redact);
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
    get: (path, schema) => call('GET', path, undefined, schema, true),
    post: (path, body, schema) => call('POST', path, body, schema, false),
    delete: (path) => call('DELETE', path, undefined, null, true),
    close: () => http.close()
  };
}
