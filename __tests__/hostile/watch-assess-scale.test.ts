/**
 * Hostile case: a long window at a short interval holds a very large number of response times;
 * judging them must neither overflow the stack nor grow without bound.
 */
import { describe, expect, it } from '@jest/globals';
import { assess } from '../../src/watch/window.js';
import type { Sample } from '../../src/watch/sample.js';

describe('hostile: watch criteria at scale', () => {
  it('judges 150,000 intervals in one window without throwing', () => {
    // Settings allow at most 10,000 intervals; the criteria must hold far beyond that anyway.
    const count = 150_000;
    const samples: Sample[] = Array.from({ length: count }, (_, i) => ({
      index: i,
      atMs: i * 100,
      probes: [
        { name: 'api', measured: true, ok: true, status: 200, latencyMs: 20 },
        { name: 'credits', measured: true, ok: true, status: 200, latencyMs: 20 }
      ],
      credits: 500
    }));
    const limits = { maxErrorRate: 0.1, errorWindowMs: 360 * 60_000, rollbackLatencyMs: 2000, maxCreditsPerHour: null, maxSilenceMs: null };
    let thrown: unknown;
    try {
      assess(samples, count * 100, limits, false);
    } catch (error) {
      thrown = error;
    }
    expect(String(thrown ?? 'no error')).toBe('no error');
  });
});
