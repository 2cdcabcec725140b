/**
 * Handlers that watch an exchange go by without changing it: every undici callback is passed on
 * as it came, and the end of the exchange (answered or failed) is reported to an observer.
 */
import type { Dispatcher } from 'undici';
import { EXCERPT_READ_BYTES, type HttpExchange } from './exchange-log.js';

/** The first bytes of a body, as text, for the excerpt. */
function startOf(chunks: Buffer[]): string {
  return Buffer.concat(chunks).subarray(0, EXCERPT_READ_BYTES).toString('utf8');
}

function sentText(body: unknown): { bytes: number; start: string } {
  if (typeof body === 'string') return { bytes: Buffer.byteLength(body), start: body.slice(0, EXCERPT_READ_BYTES) };
  if (Buffer.isBuffer(body)) return { bytes: body.length, start: startOf([body]) };
  return { bytes: 0, start: '' };
}

/**
 * A handler that calls `handler` for every callback, except those `own` replaces. Explicit
 * rather than spread: undici's handlers are class instances whose methods need their `this`.
 */
export function delegating(handler: Dispatcher.DispatchHandlers, own: Partial<Dispatcher.DispatchHandlers>): Dispatcher.DispatchHandlers {
  return {
    onConnect: (abort) => handler.onConnect?.(abort),
    onUpgrade: (statusCode, headers, socket) => handler.onUpgrade?.(statusCode, headers, socket),
    onResponseStarted: () => handler.onResponseStarted?.(),
    onBodySent: (chunk, totalBytesSent) => handler.onBodySent?.(chunk, totalBytesSent),
    onHeaders: (statusCode, headers, resume, statusText) => handler.onHeaders?.(statusCode, headers, resume, statusText) ?? true,
    onData: (chunk) => handler.onData?.(chunk) ?? true,
    onComplete: (trailers) => handler.onComplete?.(trailers),
    onError: (error) => handler.onError?.(error),
    ...own
  };
}

/** A handler that passes everything on and, at the end, reports the exchange. */
export function observed(
  opts: Dispatcher.DispatchOptions,
  handler: Dispatcher.DispatchHandlers,
  proxy: URL | undefined,
  report: (e: HttpExchange) => void
): Dispatcher.DispatchHandlers {
  const started = performance.now();
  const sent = sentText(opts.body);
  const chunks: Buffer[] = [];
  let kept = 0;
  let received = 0;
  let status: number | undefined;
  let reported = false;
  const done = (failure?: Error) => {
    if (reported) return;
    reported = true;
    try {
      report({
        method: opts.method,
        url: new URL(opts.path, String(opts.origin)),
        status,
        failure: failure ? ((failure as NodeJS.ErrnoException).code ?? failure.name) : undefined,
        timeMs: performance.now() - started,
        proxy: proxy?.host,
        sentBytes: sent.bytes,
        sentStart: sent.start,
        receivedBytes: received,
        receivedStart: startOf(chunks)
      });
    } catch {
      // The debug log never changes a request's outcome.
    }
  };
  // Every callback passed on unchanged; only the end of the exchange is also reported.
  return delegating(handler, {
    onHeaders(statusCode, headers, resume, statusText) {
      status = statusCode;
      return handler.onHeaders?.(statusCode, headers, resume, statusText) ?? true;
    },
    onData(chunk) {
      received += chunk.length;
      if (kept < EXCERPT_READ_BYTES) {
        chunks.push(chunk);
        kept += chunk.length;
      }
      return handler.onData?.(chunk) ?? true;
    },
    onComplete(trailers) {
      done();
      handler.onComplete?.(trailers);
    },
    onError(error) {
      done(error);
      handler.onError?.(error);
    }
  });
}
