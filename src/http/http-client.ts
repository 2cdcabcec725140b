/**
 * The one place that speaks HTTP (and the only module that imports undici). Every request has
 * a time limit and every body a size limit; redirects are never followed; failures come back
 * classified, never as raw exceptions.
 */
import { Agent, request, type Dispatcher } from 'undici';
import type { LookupFunction } from 'node:net';
import { rootCertificates } from 'node:tls';
import { JobCancelled } from '../engine/timing.js';
import { classifyNetworkError, type NetworkFailure } from './network-error.js';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'DELETE';
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

export type HttpOutcome =
  | { ok: true; response: HttpResponse }
  | { ok: false; failure: NetworkFailure; timeMs: number };

export interface HttpClientOptions {
  /** Extra trusted CA certificates (PEM), in addition to Node's own. */
  ca?: string | string[];
  /** Resolves host names; lets a caller refuse addresses before a connection is made. */
  lookup?: LookupFunction;
  connectTimeoutMs?: number;
}

export interface HttpClient {
  send(req: HttpRequest): Promise<HttpOutcome>;
  close(): Promise<void>;
}

function flattenHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** The promise, or a rejection as soon as the signal aborts, whichever comes first. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

class BodyTooLarge extends Error {
  code = 'BODY_TOO_LARGE';
}

async function readBounded(body: Dispatcher.ResponseData['body'], max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > max) {
      body.destroy();
      throw new BodyTooLarge(`body larger than ${max} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Why the run's signal stopped a request: the job was cancelled, or the deadline came. */
function stoppedBecause(reason: unknown): string {
  return reason instanceof JobCancelled ? `the request was stopped: ${reason.message}` : 'the request was stopped at the run’s deadline';
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const agent = new Agent({
    connect: {
      timeout: connectTimeoutMs,
      // undici's `ca` replaces Node's roots; extra CAs are meant to add to them.
      ...(options.ca ? { ca: [...rootCertificates, ...[options.ca].flat()] } : {}),
      ...(options.lookup ? { lookup: options.lookup } : {})
    },
    keepAliveTimeout: 4_000
  });

  async function send(req: HttpRequest): Promise<HttpOutcome> {
    const started = performance.now();
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(new Error('timeout')), req.timeoutMs);
    const signal = req.signal ? AbortSignal.any([timer.signal, req.signal]) : timer.signal;
    try {
      // Raced with the time limit: undici does not give up a TLS handshake that stalls, only
      // its connect timeout does, and the time limit the user set must hold.
      const res = await abortable(request(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        signal,
        dispatcher: agent,
        headersTimeout: req.timeoutMs,
        bodyTimeout: req.timeoutMs
      }), signal);
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > req.maxBodyBytes) {
        // Destroying an unread body emits an abort error: with no listener it would crash the process.
        res.body.on('error', () => undefined).destroy();
        throw new BodyTooLarge(`declared body of ${declared} bytes`);
      }
      const body = await readBounded(res.body, req.maxBodyBytes);
      return {
        ok: true,
        response: { status: res.statusCode, headers: flattenHeaders(res.headers), body, timeMs: performance.now() - started }
      };
    } catch (error) {
      const timeMs = performance.now() - started;
      const host = req.url.host;
      if (timer.signal.aborted) {
        return { ok: false, failure: { kind: 'timeout', code: 'TIMEOUT', message: `${host} did not answer within ${req.timeoutMs} ms` }, timeMs };
      }
      if (req.signal?.aborted) {
        return { ok: false, failure: { kind: 'aborted', code: 'ABORT_ERR', message: stoppedBecause(req.signal.reason) }, timeMs };
      }
      return { ok: false, failure: classifyNetworkError(error, host, connectTimeoutMs, req.timeoutMs), timeMs };
    } finally {
      clearTimeout(timeout);
    }
  }

  // Destroyed, not closed: a stalled connection must not hold the run after its answer is in.
  return { send, close: () => agent.destroy() };
}
