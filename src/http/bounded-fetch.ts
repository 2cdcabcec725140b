/**
 * A `fetch` for libraries that take one (Octokit's `request.fetch`), going through the bounded
 * client: the same time limit, size bound and refusal to decompress as every other answer, and
 * JSON checked by the bounded parser before the library parses it. Global fetch would inflate a
 * gzip bomb and read a body of any size.
 */
import type { HttpClient, HttpRequest } from './http-client.js';
import { readJson } from './json-body.js';

export interface BoundedFetchOptions {
  http: HttpClient;
  maxBodyBytes: number;
  /** Each request; the caller's signal may stop it sooner. */
  timeoutMs: number;
}

/**
 * Why a request gave no usable answer. `answered`: something came back but could not be read
 * (too large, not HTTP, unreadable JSON), as opposed to a server that could not be reached.
 */
export class FetchFailure extends Error {
  override name = 'FetchFailure';
  constructor(
    message: string,
    readonly answered: boolean
  ) {
    super(message);
  }
}

const METHODS = new Set<HttpRequest['method']>(['GET', 'POST', 'PATCH', 'DELETE']);
/** Statuses a Response may not carry a body with. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return Object.assign(new Error(reason instanceof Error ? reason.message : 'aborted'), { name: 'AbortError' });
}

/** Headers a Response accepts; one it refuses is left out rather than failing the answer. */
function responseHeaders(flat: Record<string, string>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(flat)) {
    try {
      headers.append(name, value);
    } catch {
      /* not a valid header for fetch: nothing the caller needs */
    }
  }
  return headers;
}

function requestBody(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  throw new FetchFailure('only text request bodies are sent', false);
}

export function boundedFetch(options: BoundedFetchOptions): typeof fetch {
  return async (input, init = {}) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const method = (init.method ?? 'GET').toUpperCase() as HttpRequest['method'];
    if (!METHODS.has(method)) throw new FetchFailure(`the method ${method} is not sent`, false);
    const signal = init.signal ?? undefined;
    const outcome = await options.http.send({
      method,
      url,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: requestBody(init.body),
      timeoutMs: options.timeoutMs,
      maxBodyBytes: options.maxBodyBytes,
      signal
    });
    if (!outcome.ok) {
      if (signal?.aborted) throw abortError(signal);
      const answered = ['too-large', 'malformed'].includes(outcome.failure.kind);
      throw new FetchFailure(outcome.failure.message, answered);
    }
    const { status, headers, body } = outcome.response;
    if (status < 200 || status > 599) throw new FetchFailure(`${url.host} answered with status ${status}, which is not a final answer`, true);
    if (/\bjson\b/i.test(headers['content-type'] ?? '') && body.length > 0) {
      const json = readJson(body, { maxBytes: options.maxBodyBytes });
      if (!json.ok && json.reason !== 'not valid JSON') throw new FetchFailure(`the answer from ${url.host} cannot be read as JSON: ${json.reason}`, true);
    }
    const response = new Response(NULL_BODY.has(status) ? null : new Uint8Array(body), { status, headers: responseHeaders(headers) });
    return response;
  };
}
