// Per-key request budget in fixed windows, as the X-RateLimit-* headers describe it.

/**
 * @typedef {object} RateLimitOptions
 * @property {number} [limit] requests per window, default 1000 (the documented hourly default)
 * @property {number} [remaining] budget a key starts a window with, default `limit`
 * @property {number} [windowSeconds] default 3600
 */

/** @param {RateLimitOptions} [options] */
export function createRateLimiter({ limit = 1000, remaining, windowSeconds = 3600 } = {}) {
  /** @type {Map<string, { remaining: number, resetAt: number }>} */
  const windows = new Map();
  const defaultStart = remaining ?? limit;
  let start = defaultStart;

  /** @param {number} left @param {number} resetAt */
  const headers = (left, resetAt) => ({
    'x-ratelimit-limit': limit,
    'x-ratelimit-remaining': left,
    'x-ratelimit-reset': Math.ceil(resetAt / 1000)
  });

  return {
    /**
     * Counts one request for `key`.
     * @param {string} key
     * @returns {{ allowed: boolean, headers: Record<string, number>, retryAfterSeconds: number }}
     */
    take(key) {
      const now = Date.now();
      let window = windows.get(key);
      if (!window || now >= window.resetAt) {
        window = { remaining: start, resetAt: now + windowSeconds * 1000 };
        windows.set(key, window);
      }
      const allowed = window.remaining > 0;
      if (allowed) window.remaining -= 1;
      const retryAfterSeconds = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
      return { allowed, headers: headers(window.remaining, window.resetAt), retryAfterSeconds };
    },

    /** Headers for an answer that spent the whole budget (the rateLimited fault). */
    exhaustedHeaders() {
      return headers(0, Date.now() + windowSeconds * 1000);
    },

    /**
     * Starts every key on a fresh window with `budget` requests (default: back to the configured start).
     * @param {number} [budget]
     */
    reset(budget = defaultStart) {
      start = budget;
      windows.clear();
    }
  };
}
