/**
 * One debug line per HTTP exchange: method, URL without credentials, status or failure, time,
 * sizes and the start of each body. Redacted first, then cut, then kept to one line.
 */
import type { Redactor } from '../redact.js';

export interface HttpExchange {
  method: string;
  url: URL;
  /** Absent when no answer came (the failure says why). */
  status?: number;
  failure?: string;
  timeMs: number;
  /** Through which proxy host, when one was used. */
  proxy?: string;
  sentBytes: number;
  sentStart: string;
  receivedBytes: number;
  receivedStart: string;
}

/** What a body excerpt may show; read wider so a secret near the edge is whole when redacted. */
export const EXCERPT_CHARS = 200;
/** Secrets longer than 4 KB are refused, so this much more keeps any cut secret redactable. */
export const EXCERPT_READ_BYTES = EXCERPT_CHARS * 4 + 4096;

const SECRET_LOOKING = /token|key|secret|sig|auth|pass|code|session|credential/i;

/** The URL as it may be shown: no user or password, values of secret-looking parameters hidden. */
export function shownUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  for (const name of [...copy.searchParams.keys()]) if (SECRET_LOOKING.test(name)) copy.searchParams.set(name, '***');
  return copy.href;
}

function excerpt(text: string, bytes: number, redact: Redactor): string {
  if (bytes === 0) return '';
  const clean = redact(text);
  const cut = clean.length > EXCERPT_CHARS ? `${clean.slice(0, EXCERPT_CHARS)}…` : clean;
  // JSON quoting keeps line breaks and control characters on the one line, visibly.
  return JSON.stringify(cut);
}

export function describeExchange(e: HttpExchange, redact: Redactor): string {
  const answer = e.status !== undefined ? `${e.status}` : `no answer (${e.failure ?? 'unknown'})`;
  const via = e.proxy ? ` via proxy ${e.proxy}` : '';
  const parts = [`HTTP ${e.method} ${redact(shownUrl(e.url))}${via} -> ${redact(answer)} in ${Math.round(e.timeMs)} ms`];
  if (e.sentBytes > 0) parts.push(`sent ${e.sentBytes} bytes ${excerpt(e.sentStart, e.sentBytes, redact)}`);
  if (e.status !== undefined) parts.push(`received ${e.receivedBytes} bytes ${excerpt(e.receivedStart, e.receivedBytes, redact)}`.trimEnd());
  return parts.join('; ');
}
