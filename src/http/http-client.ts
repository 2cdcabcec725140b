/**
 * The one place that speaks HTTP (and the only module that imports undici). Every request has
 * a time limit and every body a size limit; redirects are never followed; bodies are never
 * decompressed; failures come back classified and measured, never as exceptions or as an
 * 'error' event nobody listens to. Closing never throws.
 */
import type { Dispatcher } from 'undici';
import type { LookupFunction } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { budgetFor, JobCancelled } from '../engine/timing.js';
import { createDispatcher } from './dispatcher.js';
import type { HttpExchange } from './exchange-log.js';
import { sizeText } from './json-body.js';
import { classifyNetworkError, type NetworkFailure } from './network-error.js';
import type { ProxySettings } from './proxy-rules.js';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: URL;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Whole request, from connect to the last body byte. */
  timeoutMs: number;
  maxBodyBytes: number;
  /** The run's signal: aborted at the deadline. */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Milliseconds from sending to the last body byte. */
  timeMs: number;
}

export type HttpOutcome = { ok: true; response: HttpResponse } | { ok: false; failure: NetworkFailure; timeMs: number };

export interface HttpClientOptions {
  /** Extra trusted CA certificates (PEM), in addition to Node's own. */
  ca?: string | string[];
  /** Resolves host names; lets a caller refuse addresses before a connection is made. */
  lookup?: LookupFunction;
  connectTimeoutMs?: number;
  /** The run's proxy variables (HTTPS_PROXY...); absent: every connection is direct. */
  proxy?: ProxySettings;
  /** Told of each exchange (the debug log); must not throw. */
  onExchange?: (exchange: HttpExchange) => void;
  /** Told each time a request starts on its connection (the run loads what comes later meanwhile); must not throw. */
  onRequestSent?: () => void;
  /** One connection per origin, reused by every request (the API's probes and reads). */
  oneConnectionPerOrigin?: boolean;
  /** Shown each direct TLS connection before its certificate is verified (the webhook check reads it). */
  onTlsSocket?: (socket: TLSSocket) => void;
}

export interface HttpClient {
  /** Never throws: every failure is an outcome. */
  send(req: HttpRequest): Promise<HttpOutcome>;
  /** Never throws; a second call does nothing. */
  close(): Promise<void>;
}

type Body = Dispatcher.ResponseData['body'];

const ignore = () => {};
const MAX_TIMER_MS = 2 ** 31 - 1;

function flattenHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** The caller's headers, asking for the body as it is: nothing here ever decompresses one. */
function identityEncoding(headers: Record<string, string>): Record<string, string> {
  const kept = Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'accept-encoding');
  return { ...Object.fromEntries(kept), 'accept-encoding': 'identity' };
}

/** Stops reading a body. Its errors are read where it is consumed; undici also emits them. */
function discard(body: Body): void {
  body.on('error', ignore);
  body.destroy();
}

/** A body over the size limit: declared, or found while reading. */
class BodyTooLarge extends Error {
  code = 'BODY_TOO_LARGE';
}

/** Reads at most `max` bytes, refusing a declared or actual body past it. */
async function readBounded(res: Dispatcher.ResponseData, max: number, progress: { bytes: number }): Promise<Buffer> {
  const { body } = res;
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) {
    discard(body);
    throw new BodyTooLarge(`exceeded the size limit (${sizeText(max)}): it declared a body of ${sizeText(declared)}`);
  }
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of body) {
      progress.bytes += (chunk as Buffer).length;
      if (progress.bytes > max) throw new BodyTooLarge(`exceeded the size limit (${sizeText(max)}) while it was being read`);
      chunks.push(chunk as Buffer);
    }
  } finally {
    if (!body.readableEnded) discard(body);
  }
  return Buffer.concat(chunks);
}

/** Why the run's signal stopped a request: the job was cancelled, or the deadline came. */
function stoppedBecause(reason: unknown): string {
  return reason instanceof JobCancelled ? `the request was stopped: ${reason.message}` : 'the request was stopped at the run’s deadline';
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const dispatcher = createDispatcher({ ...options, connectTimeoutMs });
  let closing: Promise<void> | undefined;

  async function send(req: HttpRequest): Promise<HttpOutcome> {
    const started = performance.now();
    const host = req.url.host;
    // Whole milliseconds for the words, and under setTimeout's ceiling (past it, a timer fires at once).
    const limitMs = Math.min(Math.max(1, Math.round(req.timeoutMs)), MAX_TIMER_MS);
    // The request's own limit within the run's signal: its stop says which of the two came.
    const time = budgetFor(limitMs, req.signal);
    const { signal } = time;
    // Set once the headers are in: a time limit reached then is a body that never finished.
    let received: { bytes: number } | undefined;
    const failed = (failure: NetworkFailure): HttpOutcome => ({ ok: false, failure, timeMs: performance.now() - started });
    try {
      if (closing) return failed({ kind: 'aborted', code: 'UND_ERR_DESTROYED', message: `the request to ${host} was not sent: the run is over` });
      // Raced with the time limit: undici does not give up a TLS handshake that stalls, only
      // its connect timeout does, and the time limit the user set must hold.
      const pending = dispatcher.request({
        origin: req.url.origin,
        path: `${req.url.pathname}${req.url.search}`,
        method: req.method,
        // A compressed answer sent anyway is read as the bytes it is, bounded like any other.
        headers: identityEncoding(req.headers),
        body: req.body,
        signal,
        headersTimeout: limitMs,
        bodyTimeout: limitMs
      });
      // An answer that comes after the stop is discarded: nobody reads it.
      pending.then((res) => {
        if (time.expired) discard(res.body);
      }, ignore);
      const res = await time.race(pending);
      received = { bytes: 0 };
      const body = await readBounded(res, req.maxBodyBytes, received);
      return { ok: true, response: { status: res.statusCode, headers: flattenHeaders(res.headers), body, timeMs: performance.now() - started } };
    } catch (error) {
      if (time.ranOut) {
        const what = received ? `did not finish its answer within ${limitMs} ms (${sizeText(received.bytes)} received)` : `did not answer within ${limitMs} ms`;
        return failed({ kind: 'timeout', code: 'TIMEOUT', message: `${host} ${what}` });
      }
      if (req.signal?.aborted) return failed({ kind: 'aborted', code: 'ABORT_ERR', message: stoppedBecause(req.signal.reason) });
      return failed(classifyNetworkError(error, host, connectTimeoutMs, limitMs));
    } finally {
      time.dispose();
    }
  }

  // Destroyed, not closed: a stalled connection must not hold the run after its answer is in.
  const close = () =>
    (closing ??= Promise.resolve()
      .then(() => dispatcher.destroy())
      .then(ignore, ignore));
  return { send, close };
}
