/**
 * The MONCRENEAU API as the gate uses it: base URL joined with paths, the key sent per
 * auth-scheme, JSON validated with zod, the error envelope read, and read-only calls retried
 * within the run's deadline.
 */
import * as z from 'zod/mini';
import { joinUrl } from '../domain/urls.js';
import { sleep } from '../engine/timing.js';
import { USER_AGENT } from '../version.js';
import { createHttpClient, type HttpClient, type HttpResponse } from './http-client.js';
import type { NetworkFailure } from './network-error.js';
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
}

/** One try at a call, kept for the report. */
export interface Attempt {
  status?: number;
  timeMs: number;
  failure?: string;
}

export type ApiProblem =
  | { kind: 'network'; failure: NetworkFailure }
  | { kind: 'status'; status: number; code?: string; message?: string; details?: unknown }
  /** `location`: where it points, absolute; '' when absent or unreadable. */
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'not-json'; status: number; contentType: string; looksLikeHtml: boolean }
  | { kind: 'unexpected-shape'; status: number; issues: string };

export type ApiResult<T> =
  | { ok: true; status: number; data: T; timeMs: number; headers: Record<string, string>; attempts: Attempt[] }
  | { ok: false; problem: ApiProblem; headers: Record<string, string>; attempts: Attempt[]; note?: string };

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

function errorEnvelope(body: unknown): { code?: string; message?: string; details?: unknown } {
  if (!body || typeof body !== 'object') return {};
  const source = (body as { error?: unknown }).error;
  const err = (source && typeof source === 'object' ? source : body) as Record<string, unknown>;
  return {
    code: typeof err.code === 'string' ? err.code : undefined,
    message: typeof err.message === 'string' ? err.message : typeof source === 'string' ? source : undefined,
    details: err.details
  };
}

/** `{"error": {...}}` or `{"error": "..."}` with nothing else that looks like data. */
function isErrorEnvelope(body: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const error = (body as { error?: unknown }).error;
  return (typeof error === 'string' && error !== '') || (!!error && typeof error === 'object' && 'code' in error);
}

function parseJson(response: HttpResponse): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(response.body.toString('utf8')) };
  } catch {
    return { ok: false };
  }
}

/** Turns one HTTP answer into a result; `schema` null means no body is expected. */
function interpret<T>(response: HttpResponse, schema: z.core.$ZodType<T> | null, url: URL): ApiResult<T> | { problem: ApiProblem } {
  const { status, headers } = response;
  if (status >= 300 && status < 400) {
    // Resolved against the request, so a relative Location names the API's own host.
    let location = '';
    try {
      location = headers.location ? new URL(headers.location, url).toString() : '';
    } catch {
      /* unreadable: described as "another location" */
    }
    return { problem: { kind: 'redirect', status, location } };
  }
  const json = response.body.length > 0 ? parseJson(response) : { ok: true as const, value: null };
  if (status < 200 || status >= 300) {
    return { problem: { kind: 'status', status, ...(json.ok ? errorEnvelope(json.value) : {}) } };
  }
  // An error envelope behind a 2xx (a gateway that always answers 200) is an error, with its code.
  if (json.ok && isErrorEnvelope(json.value)) return { problem: { kind: 'status', status, ...errorEnvelope(json.value) } };
  if (schema === null) return { ok: true, status, data: null as T, timeMs: response.timeMs, headers, attempts: [] };
  const contentType = headers['content-type'] ?? '';
  const head = response.body.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
  if (!json.ok || response.body.length === 0) {
    const looksLikeHtml = contentType.includes('html') || head.startsWith('<!doctype') || head.startsWith('<html');
    return { problem: { kind: 'not-json', status, contentType, looksLikeHtml } };
  }
  const parsed = z.safeParse(schema, json.value);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.length > 0 ? i.path.join('.') : 'body'}: ${i.message}`)
      .join('; ');
    return { problem: { kind: 'unexpected-shape', status, issues } };
  }
  return { ok: true, status, data: parsed.data, timeMs: response.timeMs, headers, attempts: [] };
}

/** A wait in the unit a person reads it in ("1200 ms", "45 s", "more than a day"). */
function waitText(ms: number): string {
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  if (ms < 86_400_000) return `${Math.round(ms / 1000)} s`;
  return 'more than a day';
}

export function createApiClient(config: ApiClientConfig): ApiClient {
  const http = config.http ?? createHttpClient();
  const timeoutMs = config.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const auth: Record<string, string> =
    config.authScheme === 'bearer' ? { authorization: `Bearer ${config.apiKey}` } : { 'x-api-key': config.apiKey };

  async function call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body: unknown, schema: z.core.$ZodType<T> | null, retry: boolean): Promise<ApiResult<T>> {
    const url = joinUrl(config.baseUrl, path);
    const attempts: Attempt[] = [];
    const maxAttempts = retry ? config.retries + 1 : 1;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    for (let attempt = 0; ; attempt++) {
      const remaining = config.deadline - performance.now();
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
        timeoutMs: Math.max(1, Math.min(timeoutMs, remaining)),
        maxBodyBytes: MAX_BODY_BYTES,
        signal: config.signal
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
        const read = interpret(response, schema, url);
        result = 'problem' in read ? { ok: false, problem: read.problem, headers: response.headers, attempts } : { ...read, attempts };
        retryable = isRetryableStatus(response.status);
        retryAfterMs = parseRetryAfter(response.headers['retry-after'], Date.now());
      }
      if (result.ok || !retryable || attempt + 1 >= maxAttempts || config.signal.aborted) return result;
      const delay = nextDelay(attempt, BACKOFF_BASE_MS, Math.random(), retryAfterMs);
      // Never sleep into the deadline: a retry that cannot finish in time is not made.
      if (performance.now() + delay + 50 >= config.deadline) {
        return { ...result, note: `not retried: waiting ${waitText(delay)} would pass the run’s deadline` };
      }
      await sleep(delay, config.signal);
      if (config.signal.aborted) return result;
    }
  }

  return {
    get: (path, schema) => call('GET', path, undefined, schema, true),
    post: (path, body, schema) => call('POST', path, body, schema, false),
    delete: (path) => call('DELETE', path, undefined, null, true),
    close: () => http.close()
  };
}
