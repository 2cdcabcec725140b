/** When to try a read-only call again, and how long to wait first. Pure: no clocks, no I/O. */
import type { NetworkFailure } from './network-error.js';

/** Network failures worth another attempt: the ones a moment can cure. */
export function isRetryableFailure(failure: NetworkFailure): boolean {
  if (failure.kind === 'dns') return failure.code === 'EAI_AGAIN';
  return failure.kind === 'timeout' || failure.kind === 'reset' || failure.kind === 'refused' || failure.kind === 'other';
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowEpochMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only an HTTP-date ("Sun, 29 Nov 2026 10:00:00 GMT"): Date.parse also reads "banana 2" as a date.
  if (!HTTP_DATE.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowEpochMs);
}

/** Exponential backoff with jitter: base·2^attempt, scaled by a random factor in [0.5, 1.5). */
export function backoffDelay(attempt: number, baseMs: number, random: number): number {
  return Math.round(baseMs * 2 ** attempt * (0.5 + random));
}

/** The wait before the next attempt: the server's Retry-After wins over our own backoff. */
export function nextDelay(attempt: number, baseMs: number, random: number, retryAfterMs: number | undefined): number {
  const backoff = backoffDelay(attempt, baseMs, random);
  return retryAfterMs ?? backoff;
}
