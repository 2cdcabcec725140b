/**
 * Reading one answer of the MONCRENEAU API: redirect, status, error envelope (even behind a 2xx),
 * JSON read through the bounded parser, its shape checked by the caller's `AnswerShape`. Everything kept from the
 * server's words is redacted and cut here, where it enters. Pure.
 */
import type { Redactor } from '../redact.js';
import type { AnswerShape } from './answer-shape.js';
import type { ApiProblem, ApiResult } from './api-result.js';
import type { HttpResponse } from './http-client.js';
import { readJson } from './json-body.js';
import { SERVER_TEXT_LIMITS as LIMITS, serverText } from './server-text.js';

/** `details.required` (the missing scope) is the one detail the gate reads: nothing else is kept. */
function requiredScope(details: unknown, redact: Redactor): { required: string | string[] } | undefined {
  const required = (details as { required?: unknown } | null | undefined)?.required;
  if (typeof required === 'string') return { required: serverText(required, LIMITS.code, redact) };
  if (Array.isArray(required) && required.every((r) => typeof r === 'string')) {
    return { required: required.slice(0, 10).map((r: string) => serverText(r, LIMITS.code, redact)) };
  }
  return undefined;
}

/** The error envelope's code and message, redacted and cut where they enter: a 600 KB code is not a code. */
function errorEnvelope(body: unknown, redact: Redactor): { code?: string; message?: string; details?: unknown } {
  if (!body || typeof body !== 'object') return {};
  const source = (body as { error?: unknown }).error;
  const err = (source && typeof source === 'object' ? source : body) as Record<string, unknown>;
  const message = typeof err.message === 'string' ? err.message : typeof source === 'string' ? source : undefined;
  const details = requiredScope(err.details, redact);
  return {
    ...(typeof err.code === 'string' ? { code: serverText(err.code, LIMITS.code, redact) } : {}),
    ...(message !== undefined ? { message: serverText(message, LIMITS.message, redact) } : {}),
    ...(details ? { details } : {})
  };
}

/** `{"error": {...}}` or `{"error": "..."}` with nothing else that looks like data. */
function isErrorEnvelope(body: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const error = (body as { error?: unknown }).error;
  return (typeof error === 'string' && error !== '') || (!!error && typeof error === 'object' && 'code' in error);
}

/** Why a body that should be JSON is not, in a few words; undefined when it is readable. */
function unreadable(response: HttpResponse, json: ReturnType<typeof readJson>, redact: Redactor): string | undefined {
  const encoding = response.headers['content-encoding']?.trim().toLowerCase();
  // The gate asks for no compression and decompresses nothing: such a body is bytes, not JSON.
  if (encoding && encoding !== 'identity') return `compressed (${serverText(encoding, 20, redact)}) although no compression was asked for`;
  return json.ok ? undefined : json.reason === 'empty' ? 'an empty body' : json.reason;
}

/** Turns one HTTP answer into a result; `shape` null means no body is expected. */
export function interpret<T>(response: HttpResponse, shape: AnswerShape<T> | null, url: URL, redact: Redactor): ApiResult<T> | { problem: ApiProblem } {
  const { status, headers } = response;
  if (status >= 300 && status < 400) {
    // Resolved against the request, so a relative Location names the API's own host.
    let location = '';
    try {
      location = headers.location ? serverText(new URL(headers.location, url).toString(), LIMITS.location, redact) : '';
    } catch {
      /* unreadable: described as "another location" */
    }
    return { problem: { kind: 'redirect', status, location } };
  }
  const json = readJson(response.body);
  if (status < 200 || status >= 300) {
    return { problem: { kind: 'status', status, ...(json.ok ? errorEnvelope(json.value, redact) : {}) } };
  }
  // An error envelope behind a 2xx (a gateway that always answers 200) is an error, with its code.
  if (json.ok && isErrorEnvelope(json.value)) return { problem: { kind: 'status', status, ...errorEnvelope(json.value, redact) } };
  if (shape === null) return { ok: true, status, data: null as T, timeMs: response.timeMs, headers, attempts: [] };
  const reason = unreadable(response, json, redact);
  if (!json.ok || reason !== undefined) {
    const contentType = serverText(headers['content-type'] ?? '', LIMITS.contentType, redact);
    const head = response.body.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
    const looksLikeHtml = contentType.toLowerCase().includes('html') || head.startsWith('<!doctype') || head.startsWith('<html');
    return { problem: { kind: 'not-json', status, contentType, looksLikeHtml, ...(reason ? { reason } : {}) } };
  }
  const parsed = shape(json.value);
  if (!parsed.ok) {
    // Paths can name the server's own keys: its words, bounded like the rest.
    return { problem: { kind: 'unexpected-shape', status, issues: serverText(parsed.issues, LIMITS.message, redact) } };
  }
  return { ok: true, status, data: parsed.data, timeMs: response.timeMs, headers, attempts: [] };
}
