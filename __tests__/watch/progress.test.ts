/** The job log of a watch: interval lines folded in groups, and a line at each change of state. */
import { describe, expect, it } from '@jest/globals';
import { decide, type WatchLimits } from '../../src/watch/criteria.js';
import { createProgress, groupSize } from '../../src/watch/progress.js';
import type { Probe, Sample } from '../../src/watch/sample.js';
import { JudgingWindow } from '../../src/watch/window.js';

const ok = (name: Probe['name'], latencyMs = 100): Probe => ({ name, measured: true, ok: true, status: 200, latencyMs });
const err = (name: Probe['name']): Probe => ({ name, measured: true, ok: false, status: 503, latencyMs: 50, error: '503' });
const none = (name: Probe['name']): Probe => ({ name, measured: false, ok: false, error: 'refused' });
const limits: WatchLimits = { maxErrorRate: 0.5, errorWindowMs: 30_000, rollbackLatencyMs: 2000, maxCreditsPerHour: null, maxSilenceMs: null };

/** Runs a watch over these probes, one interval each 10 s, and returns its log with group markers. */
function logOf(intervals: Probe[][], total = intervals.length): string[] {
  const lines: string[] = [];
  const progress = createProgress(
    { log: (l) => lines.push(l), startGroup: (t) => lines.push(`::group::${t}`), endGroup: () => lines.push('::endgroup::') },
    total,
    total * 10_000,
    limits
  );
  const window = new JudgingWindow(limits);
  let stopped: string = 'completed';
  for (const [index, probes] of intervals.entries()) {
    const sample: Sample = { index, atMs: index * 10_000, probes, credits: 500 };
    window.add(sample);
    const final = index === total - 1;
    const a = window.assess(sample.atMs, final);
    const d = decide(a, final);
    progress.interval(sample, a, d);
    if (d.stop) {
      stopped = d.ending;
      break;
    }
  }
  progress.end(stopped as 'completed', intervals.length);
  return lines;
}

describe('the watch log', () => {
  it('groups at most about twenty groups, never fewer than ten lines a group', () => {
    expect([groupSize(3), groupSize(20), groupSize(200), groupSize(10_000)]).toEqual([10, 10, 10, 500]);
  });

  it('folds one line per interval in groups, and says each change of state outside them', () => {
    const healthy = [ok('api'), ok('credits')];
    const log = logOf(
      [
        ...Array.from({ length: 12 }, () => healthy),
        [err('api'), ok('credits')],
        [none('api'), none('credits')],
        healthy,
        ...Array.from({ length: 10 }, () => [err('api'), err('credits')])
      ],
      30
    );
    const outside = log.filter(
      (l, i) =>
        !l.startsWith('[') &&
        !l.startsWith('::') &&
        log.slice(0, i).filter((x) => x.startsWith('::group::')).length === log.slice(0, i).filter((x) => x === '::endgroup::').length
    );
    expect(outside).toEqual([
      'Watch starts at 0:00: healthy, no failed request, responses within the limit',
      'Watch healthy -> degraded at 2:00: API 1 of 6 requests failed in the window',
      'Watch degraded -> blind at 2:10: production blind: nothing answered (1 interval in a row)',
      'Watch blind -> degraded at 2:20: API 3 of 6 requests failed in the window',
      'Watch degraded -> breach at 2:30: API error rate 66.7% (4 of 6 requests) over the last 0.5 min, above 50.0%',
      expect.stringMatching(/^Watch ended after \d+ intervals: a rollback criterion was breached$/)
    ]);
    // Every group closed, each interval line inside one, the first titled with its range.
    expect(log.filter((l) => l.startsWith('::group::')).length).toBe(log.filter((l) => l === '::endgroup::').length);
    expect(log[0]).toBe('::group::Intervals 1–10 of 30 (from 0:00 of 5:00)');
    expect(log.filter((l) => l.startsWith('['))).toHaveLength(16);
    let depth = 0;
    for (const line of log) {
      if (line.startsWith('::group::')) depth++;
      else if (line === '::endgroup::') depth--;
      else if (line.startsWith('[')) expect(depth).toBe(1);
      expect(depth === 0 || depth === 1).toBe(true);
    }
  });

  it('without groups (outside the runner) keeps every line, in order', () => {
    const lines: string[] = [];
    const progress = createProgress({ log: (l) => lines.push(l) }, 2, 20_000, limits);
    const window = new JudgingWindow(limits);
    const sample: Sample = { index: 0, atMs: 0, probes: [ok('api'), ok('credits')] };
    window.add(sample);
    const a = window.assess(0, false);
    progress.interval(sample, a, decide(a, false));
    progress.end('cancelled', 1);
    expect(lines).toEqual([
      expect.stringMatching(/^\[0:00\/0:20\] error rate API 0\.0% \(0\/2\) in window/),
      'Watch starts at 0:00: healthy, no failed request, responses within the limit',
      'Watch ended after 1 interval: the job was cancelled'
    ]);
  });
});

describe('the group titles', () => {
  it('never name a range past the count, even when the clock fits one interval more than planned', () => {
    const titles: string[] = [];
    const progress = createProgress({ log: () => undefined, startGroup: (t) => titles.push(t), endGroup: () => undefined }, 2, 60_000, limits);
    const window = new JudgingWindow(limits);
    for (const index of [0, 1, 2]) {
      const sample: Sample = { index, atMs: index * 30_000, probes: [index === 2 ? err('api') : ok('api'), ok('credits')] };
      window.add(sample);
      const a = window.assess(sample.atMs, index === 2);
      progress.interval(sample, a, decide(a, index === 2));
    }
    // The first state line closes the first group; each group ends at the interval its title names.
    expect(titles).toEqual(['Intervals 1–2 of 2 (from 0:00 of 1:00)', 'Intervals 2–2 of 2 (from 0:30 of 1:00)', 'Intervals 3–3 of 3 (from 1:00 of 1:00)']);
  });
});
