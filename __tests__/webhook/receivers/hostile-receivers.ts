/**
 * Endpoints that verify nothing but answer repeats, bursts or concurrency with a 4xx that looks
 * like a rejection, and a correct verifier that also de-duplicates. Written the way such
 * handlers are written in real apps (idempotency by event id, a lock per handler, a limiter).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Handler } from './server.js';

const eventOf = (raw: Buffer) => JSON.parse(raw.toString('utf8')) as { id: string; data: { object: { id: number } } };

/** Idempotent by a key, no signature check: the first of a key is 200, repeats get `status`. */
export function dedupeOnly(status: number, key: 'event' | 'appointment' = 'event'): Handler {
  const seen = new Set<string | number>();
  return (raw) => {
    const event = eventOf(raw);
    const k = key === 'event' ? event.id : event.data.object.id;
    if (seen.has(k)) return { status, body: 'duplicate event' };
    seen.add(k);
    return { status: 200, body: 'ok' };
  };
}

/** One delivery at a time, no signature check: 423 while another one is being handled. */
export function lockOnly(holdMs = 50): Handler {
  let busy = false;
  return async () => {
    if (busy) return { status: 423, body: 'locked' };
    busy = true;
    await sleep(holdMs);
    busy = false;
    return { status: 200, body: 'ok' };
  };
}

/** `perWindow` deliveries per window, no signature check: 429 beyond. */
export function rateLimitOnly(perWindow = 1, windowMs = 10_000): Handler {
  let start = 0;
  let count = 0;
  return () => {
    const now = Date.now();
    if (now - start > windowMs) [start, count] = [now, 0];
    return ++count <= perWindow ? { status: 200, body: 'ok' } : { status: 429, body: 'slow down' };
  };
}

/** A correct verifier (sha256= stripped, raw bytes, constant time) that then de-duplicates by event id. */
export function verifyThenDedupe(secret: string): Handler {
  const seen = new Set<string>();
  return (raw, headers) => {
    const value = headers['x-moncreneau-signature'];
    if (typeof value !== 'string' || !value.startsWith('sha256=')) return { status: 401, body: 'missing signature' };
    const given = Buffer.from(value.slice(7), 'hex');
    const expected = createHmac('sha256', secret).update(raw).digest();
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 401, body: 'invalid signature' };
    const { id } = eventOf(raw);
    if (seen.has(id)) return { status: 409, body: 'duplicate' };
    seen.add(id);
    return { status: 200, body: 'ok' };
  };
}
