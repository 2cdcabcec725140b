/** The rollback criteria as pure functions: tables of samples in, verdicts out. */
import { describe, expect, it } from '@jest/globals';
import { decide, percentile, type WatchLimits } from '../../src/watch/criteria.js';
import type { Probe, Sample } from '../../src/watch/sample.js';
import { assess } from '../../src/watch/window.js';

const ok = (name: Probe['name'], latencyMs = 100): Probe => ({ name, measured: true, ok: true, status: 200, latencyMs });
const err = (name: Probe['name'], status = 503): Probe => ({ name, measured: true, ok: false, status, latencyMs: 50, error: String(status) });
const none = (name: Probe['name']): Probe => ({ name, measured: false, ok: false, error: 'refused' });
const sample = (index: number, atMs: number, probes: Probe[], extra: Partial<Sample> = {}): Sample => ({ index, atMs, probes, ...extra });

const limits: WatchLimits = { maxErrorRate: 0.1, errorWindowMs: 60_000, rollbackLatencyMs: 2000, maxCreditsPerHour: 100, maxSilenceMs: 600_000 };

describe('percentile', () => {
  it.each([
    [[5], 95, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[300, 100, 200], 95, 300]
  ])('%j p%i = %i', (values, p, expected) => expect(percentile(values, p)).toBe(expected));
});

describe('error rate over the sliding window', () => {
  const burst = [0, 15_000, 30_000, 45_000, 60_000].map((at, i) => sample(i, at, i >= 3 ? [err('api'), ok('credits')] : [ok('api'), ok('credits')]));

  it('is not judged before a full window has been seen', () => {
    const a = assess(burst.slice(0, 4), 45_000, limits, false);
    expect(a.errors.api!.judged).toBe(false);
    expect(a.breaches).toEqual([]);
  });

  it('breaches once the window is full and its rate is above the limit', () => {
    const a = assess(burst, 60_000, limits, false);
    expect(a.errors).toEqual({ api: { failed: 2, total: 8, rate: 0.25, judged: true } });
    expect(a.breaches.map((b) => b.criterion)).toEqual(['error-rate']);
  });

  it('forgets errors that slid out of the window', () => {
    const recovered = [...burst, ...[75_000, 90_000, 105_000, 120_000, 135_000].map((at, i) => sample(5 + i, at, [ok('api'), ok('credits')]))];
    expect(assess(recovered, 135_000, limits, false).errors.api!.failed).toBe(0);
  });

  it('judges a watch shorter than the window on what was seen, at its end', () => {
    const short = [sample(0, 0, [err('api'), ok('credits')]), sample(1, 10_000, [ok('api'), ok('credits')])];
    expect(assess(short, 10_000, limits, true).breaches.map((b) => b.criterion)).toEqual(['error-rate']);
  });

  it('counts an unanswered request as an error', () => {
    const s = [sample(0, 0, [none('api'), ok('credits')]), sample(1, 60_000, [none('api'), ok('credits')])];
    expect(assess(s, 60_000, limits, false).errors.api!.rate).toBe(0.5);
  });
});

describe('latency', () => {
  it('breaches when p95 is above the limit, with at least three responses timed', () => {
    const s = [0, 10_000, 20_000].map((at, i) => sample(i, at, [ok('api', i === 2 ? 2500 : 2100), ok('credits')]));
    const a = assess(s, 20_000, limits, false);
    expect(a.latency).toMatchObject({ count: 3, slowestMs: 2500, p95Ms: 2500, judged: true });
    expect(a.breaches[0]!.reason).toMatch(/^p95 response time 2500 ms .* \(slowest 2500 ms\), above 2000 ms$/);
  });

  it('judges at the second interval with a health URL (two timings an interval), the third without', () => {
    const withHealth = [0, 10_000].map((at, i) => sample(i, at, [ok('api', 3000), ok('health', 3000), ok('credits')]));
    const without = [0, 10_000].map((at, i) => sample(i, at, [ok('api', 3000), ok('credits')]));
    expect(assess(withHealth, 10_000, limits, false).latency.judged).toBe(true);
    expect(assess(without, 10_000, limits, false).latency.judged).toBe(false);
  });

  it('waits for three timed responses before judging', () => {
    const s = [sample(0, 0, [ok('api', 5000), ok('credits')])];
    expect(assess(s, 0, limits, false).breaches).toEqual([]);
  });

  it('reaches back past a window too short to hold three', () => {
    const s = [0, 10_000, 20_000].map((at, i) => sample(i, at, [ok('api', 3000), ok('credits')]));
    expect(assess(s, 20_000, { ...limits, errorWindowMs: 1000 }, false).latency.count).toBe(3);
  });
});

describe('credit burn and webhook silence', () => {
  it('computes credits per hour from the first and last readings', () => {
    const s = [0, 600_000, 1_200_000].map((at, i) => sample(i, at, [], { credits: 1000 - i * 60 }));
    expect(assess(s, 1_200_000, limits, false).burnPerHour).toBeCloseTo(360);
    expect(assess(s, 1_200_000, limits, false).breaches.map((b) => b.criterion)).toEqual(['credits-burn']);
  });

  it('does not judge the burn without a limit, nor before three readings', () => {
    const s = [0, 600_000, 1_200_000].map((at, i) => sample(i, at, [], { credits: 1000 - i * 60 }));
    expect(assess(s, 1_200_000, { ...limits, maxCreditsPerHour: null }, false).breaches).toEqual([]);
    expect(assess(s.slice(0, 2), 600_000, limits, false).burnPerHour).toBeNull();
  });

  it('breaches on webhook silence above the limit, judged on the latest heartbeat', () => {
    const s = [sample(0, 0, [ok('heartbeat')], { webhookSilenceMs: 700_000 }), sample(1, 30_000, [ok('heartbeat')], { webhookSilenceMs: 20_000 })];
    expect(assess(s, 30_000, limits, false).breaches).toEqual([]);
    expect(assess(s.slice(0, 1), 0, limits, false).breaches[0]!.reason).toBe('no webhook received for 11.67 min, above 10 min');
  });
});

describe('blind intervals', () => {
  it('counts the intervals in a row, up to now, where nothing was measured', () => {
    const s = [sample(0, 0, [ok('api')]), sample(1, 1, [none('api'), none('credits')]), sample(2, 2, [none('api')])];
    expect(assess(s, 2, limits, false).blindStreak).toBe(2);
    expect(assess([...s, sample(3, 3, [err('api')])], 3, limits, false).blindStreak).toBe(0);
  });
});

describe('decide', () => {
  const full = (blindTail: number): Sample[] => [
    ...Array.from({ length: 10 }, (_, i) => sample(i, i * 30_000, [ok('api'), ok('credits')])),
    ...Array.from({ length: blindTail }, (_, i) => sample(10 + i, (10 + i) * 30_000, [none('api'), none('credits')]))
  ];

  it('waits while production cannot be seen, rather than rolling back on unanswered requests', () => {
    const s = full(2);
    const a = assess(s, s[s.length - 1]!.atMs, limits, false);
    expect(a.breaches.map((b) => b.criterion)).toEqual(['error-rate']);
    expect(decide(a, false)).toEqual({ stop: false });
  });

  it('ends as "cannot see production" after three blind intervals, never as a rollback', () => {
    const s = full(3);
    expect(decide(assess(s, s[s.length - 1]!.atMs, limits, false), false)).toEqual({ stop: true, ending: 'blind' });
  });

  it('rolls back on errors production answered, at once', () => {
    const s = [...full(0), sample(10, 300_000, [err('api'), err('credits')]), sample(11, 330_000, [err('api'), err('credits')])];
    const d = decide(assess(s, 330_000, limits, false), false);
    expect(d).toMatchObject({ stop: true, ending: 'breach' });
  });
});

describe('each target on its own error rate', () => {
  // The application fails one health probe in four; the gate's two API probes an interval all pass.
  const health = [0, 15_000, 30_000, 45_000, 60_000, 75_000, 90_000, 105_000].map((at, i) =>
    sample(i, at, [ok('api'), ok('credits'), i % 4 === 3 ? err('health') : ok('health')])
  );

  it('judges health-url at 25%, not diluted by the API probes into a lower mixed rate', () => {
    const a = assess(health, 105_000, limits, false);
    expect(a.errors.health).toEqual({ failed: 1, total: 4, rate: 0.25, judged: true });
    expect(a.errors.api).toEqual({ failed: 0, total: 8, rate: 0, judged: true });
    expect(a.breaches).toEqual([{ criterion: 'error-rate', reason: 'health-url error rate 25.0% (1 of 4 requests) over the last 1 min, above 10.0%' }]);
  });

  it('names every target over the limit in one reason, and no target under it', () => {
    const both = health.map((s) => ({ ...s, probes: [err('api'), ok('credits'), ...s.probes.slice(2)] }));
    const a = assess(both, 105_000, limits, false);
    expect(a.breaches[0]!.reason).toBe(
      'API error rate 50.0% (4 of 8 requests) and health-url error rate 25.0% (1 of 4 requests) over the last 1 min, above 10.0%'
    );
    expect(assess(health, 105_000, { ...limits, maxErrorRate: 0.25 }, false).breaches).toEqual([]);
  });

  it('has no health rate when no health-url is probed', () => {
    expect(assess([sample(0, 0, [ok('api'), ok('credits')])], 0, limits, false).errors).not.toHaveProperty('health');
  });

  it('does not count a redirect as a request of its target', () => {
    const redirected: Probe = {
      name: 'api',
      measured: true,
      ok: false,
      status: 301,
      redirect: 'https://elsewhere.example/api/v1/appointments',
      error: '301 redirect'
    };
    const a = assess([sample(0, 0, [redirected, ok('credits')])], 30_000, limits, true);
    expect(a.errors.api).toEqual({ failed: 0, total: 1, rate: 0, judged: true });
  });
});

describe('slow is slow: a probe stopped at its time limit counts as that slow', () => {
  const late = (name: Probe['name'], limitMs: number): Probe => ({
    name,
    measured: false,
    ok: false,
    timedOut: true,
    latencyMs: limitMs,
    error: `did not answer within ${limitMs} ms`
  });
  const tight = { ...limits, rollbackLatencyMs: 500 };

  it.each<Probe['name']>(['health', 'heartbeat', 'api'])('one %s answer in five past the 1 s limit breaches a 500 ms p95', (name) => {
    const s = Array.from({ length: 10 }, (_, i) =>
      sample(i, i * 6_000, [
        name === 'api' ? (i % 5 === 4 ? late('api', 1000) : ok('api', 40)) : ok('api', 40),
        ok('credits'),
        ...(name === 'api' ? [] : [i % 5 === 4 ? late(name, 1000) : ok(name, 40)])
      ])
    );
    const a = assess(s, 54_000, tight, false);
    expect(a.latency).toMatchObject({ slowestMs: 1000, p95Ms: 1000 });
    expect(a.breaches.map((b) => b.criterion)).toContain('latency');
    expect(decide(a, false)).toMatchObject({ stop: true, ending: 'breach' });
  });

  it('waits rather than roll back on the time of an interval in which nothing answered', () => {
    const s = [
      ...Array.from({ length: 5 }, (_, i) => sample(i, i * 1000, [ok('api', 40), ok('credits')])),
      sample(5, 5000, [late('api', 1000), late('credits', 1000)])
    ];
    const a = assess(s, 5000, { ...tight, errorWindowMs: 10_000 }, false);
    expect(a.breaches.map((b) => b.criterion)).toContain('latency');
    expect(decide(a, false)).toEqual({ stop: false });
    expect(decide(a, true)).toMatchObject({ stop: true, ending: 'breach' });
  });
});
