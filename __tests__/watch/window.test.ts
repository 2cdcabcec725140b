/**
 * The incremental window against a reference that rescans every sample each interval (the
 * obvious, slow way): the same verdicts on random watches, at a cost per interval that does
 * not grow with the watch.
 */
import { describe, expect, it } from '@jest/globals';
import { countsAsRequest, MIN_LATENCY_SAMPLES, percentile, responseTimes, targetOf, type WatchLimits } from '../../src/watch/criteria.js';
import { OrderStatistic } from '../../src/watch/order-statistic.js';
import type { Probe, Sample } from '../../src/watch/sample.js';
import { JudgingWindow } from '../../src/watch/window.js';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

function randomSample(next: () => number, index: number, atMs: number): Sample {
  const probe = (name: Probe['name']): Probe => {
    const r = next();
    if (r < 0.1) return { name, measured: false, ok: false, error: 'refused' };
    if (r < 0.15) return { name, measured: false, ok: false, timedOut: true, latencyMs: 1000, error: 'timeout' };
    if (r < 0.25) return { name, measured: true, ok: false, status: 503, latencyMs: Math.round(next() * 900), error: '503' };
    return { name, measured: true, ok: true, status: 200, latencyMs: Math.round(next() * 900) };
  };
  const credits = next() < 0.8 ? { credits: 1000 - index } : {};
  return { index, atMs, probes: [probe('api'), probe('credits'), probe('health'), probe('heartbeat')], ...credits };
}

/** The reference: everything recomputed from all samples. */
function rescan(samples: readonly Sample[], nowMs: number, limits: WatchLimits) {
  const windowStart = nowMs - limits.errorWindowMs;
  const inWindow = samples.filter((s) => s.atMs > windowStart);
  const rate = (target: string) => {
    const probes = inWindow.flatMap((s) => s.probes.filter((p) => countsAsRequest(p) && targetOf(p) === target));
    return { failed: probes.filter((p) => !p.ok).length, total: probes.length };
  };
  const times: number[] = [];
  for (let i = samples.length - 1; i >= 0; i--) {
    if (samples[i]!.atMs <= windowStart && times.length >= MIN_LATENCY_SAMPLES) break;
    times.push(...responseTimes(samples[i]!));
  }
  return {
    api: rate('api'),
    health: rate('health'),
    count: times.length,
    p95: times.length ? percentile(times, 95) : null,
    slowest: times.length ? Math.max(...times) : null
  };
}

const limits: WatchLimits = { maxErrorRate: 0.1, errorWindowMs: 20_000, rollbackLatencyMs: 500, maxCreditsPerHour: null, maxSilenceMs: null };

describe('the incremental window', () => {
  it.each([1, 2, 3, 4, 5])('gives the rescanning reference’s rates, p95 and slowest at every interval (seed %i)', (seed) => {
    const next = random(seed);
    const window = new JudgingWindow(limits);
    const samples: Sample[] = [];
    let at = 0;
    for (let i = 0; i < 400; i++) {
      at += 500 + Math.round(next() * 2000);
      const s = randomSample(next, i, at);
      samples.push(s);
      window.add(s);
      const a = window.assess(at, false);
      const ref = rescan(samples, at, limits);
      expect([i, a.errors.api!.failed, a.errors.api!.total, a.errors.health!.failed, a.errors.health!.total]).toEqual([
        i,
        ref.api.failed,
        ref.api.total,
        ref.health.failed,
        ref.health.total
      ]);
      expect([i, a.latency.count, a.latency.p95Ms, a.latency.slowestMs]).toEqual([i, ref.count, ref.p95, ref.slowest]);
    }
  });

  it('does the same bounded work in the 10,000th interval as in the first ones', () => {
    const run = (windowMs: number) => {
      const window = new JudgingWindow({ ...limits, errorWindowMs: windowMs });
      const next = random(7);
      const perInterval: number[] = [];
      for (let i = 0; i < 10_000; i++) {
        const before = window.work;
        window.add(randomSample(next, i, i * 100));
        window.assess(i * 100, false);
        perInterval.push(window.work - before);
      }
      return perInterval;
    };
    // A window holding every interval, and one that slides (each sample leaves once).
    for (const perInterval of [run(24 * 3_600_000), run(5_000)]) {
      const first = Math.max(...perInterval.slice(0, 100));
      const last = Math.max(...perInterval.slice(-100));
      // Three timed probes added and, once sliding, one sample's removed (16 steps each), two ranks of 16: at most about 130.
      expect(Math.max(...perInterval)).toBeLessThanOrEqual(200);
      expect(last).toBeLessThanOrEqual(first + 40);
    }
  });
});

describe('the order-statistic structure', () => {
  it('ranks like a sorted array, values added and removed at random', () => {
    const next = random(11);
    const stats = new OrderStatistic();
    const values: number[] = [];
    for (let i = 0; i < 3000; i++) {
      if (values.length > 0 && next() < 0.4) {
        const [gone] = values.splice(Math.floor(next() * values.length), 1);
        stats.remove(gone!);
      } else {
        const v = Math.round(next() * 12_000);
        values.push(v);
        stats.add(v);
      }
      if (values.length === 0) continue;
      const sorted = [...values].sort((a, b) => a - b);
      expect([stats.percentile(95), stats.max(), stats.kth(1), stats.size]).toEqual([
        percentile(values, 95),
        sorted[sorted.length - 1],
        sorted[0],
        values.length
      ]);
    }
  });

  it('counts a time past its range as the top of the range, and has nothing to rank when empty', () => {
    const stats = new OrderStatistic();
    expect(stats.max()).toBeNull();
    stats.add(10_000_000);
    expect(stats.max()).toBe(65_535);
  });
});
