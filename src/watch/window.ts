/**
 * The watch's judging state, kept as samples arrive so that judging the 10,000th interval
 * costs what judging the first does: per-target counts over the sliding error window, the
 * window's response times in an order-statistic structure (exact p95 and slowest), the blind
 * streak, the first and last credit readings. Nothing is rescanned: each sample is added once
 * and leaves the window once. Pure: samples and times in, assessments out.
 */
import {
  breachesOf,
  countsAsRequest,
  isBlind,
  MIN_CREDIT_READINGS,
  MIN_LATENCY_SAMPLES,
  responseTimes,
  targetOf,
  type Assessment,
  type Target,
  type TargetErrors,
  type WatchLimits
} from './criteria.js';
import { OrderStatistic } from './order-statistic.js';
import type { Sample } from './sample.js';

export class JudgingWindow {
  /** In time order; shared by reference, never copied. */
  private readonly samples: Sample[] = [];
  /** First sample still in the error window, and first whose response times are still counted. */
  private errorHead = 0;
  private latencyHead = 0;
  private readonly counts = new Map<Target, { failed: number; total: number }>();
  private readonly latencies = new OrderStatistic();
  private blind = 0;
  private firstReading: Sample | undefined;
  private lastReading: Sample | undefined;
  private readings = 0;
  private silenceMs: number | null = null;
  private moves = 0;

  constructor(private readonly limits: WatchLimits) {}

  /** Steps taken so far (samples added and evicted, order-statistic steps): bounded per interval. */
  get work(): number {
    return this.moves + this.latencies.steps;
  }

  /** Adds the latest interval's sample; samples come in time order. */
  add(sample: Sample): void {
    this.samples.push(sample);
    this.count(sample, 1);
    for (const ms of responseTimes(sample)) this.latencies.add(ms);
    this.blind = isBlind(sample) ? this.blind + 1 : 0;
    if (sample.credits !== undefined) {
      this.firstReading ??= sample;
      this.lastReading = sample;
      this.readings++;
    }
    if (sample.webhookSilenceMs !== undefined) this.silenceMs = sample.webhookSilenceMs;
  }

  /**
   * Judges the watch so far at `nowMs` (since the start); times never go back. `final` is the
   * last interval: criteria whose window is not yet full are judged on what was seen.
   */
  assess(nowMs: number, final: boolean): Assessment {
    const windowStart = nowMs - this.limits.errorWindowMs;
    this.slide(windowStart);
    const windowFull = nowMs >= this.limits.errorWindowMs || final;
    const errors: Partial<Record<Target, TargetErrors>> = {};
    for (const [target, { failed, total }] of this.counts) {
      errors[target] = { failed, total, rate: total > 0 ? failed / total : 0, judged: windowFull && total > 0 };
    }
    const count = this.latencies.size;
    const latency = {
      count,
      slowestMs: this.latencies.max(),
      p95Ms: this.latencies.percentile(95),
      judged: count >= MIN_LATENCY_SAMPLES || (final && count > 0)
    };
    const measured = { errors, latency, burnPerHour: this.burnPerHour(), silenceMs: this.silenceMs, blindStreak: this.blind };
    return { ...measured, breaches: breachesOf(measured, this.limits, nowMs) };
  }

  private count(sample: Sample, delta: 1 | -1): void {
    this.moves++;
    for (const probe of sample.probes) {
      const target = targetOf(probe);
      if (target === null || !countsAsRequest(probe)) continue;
      const c = this.counts.get(target) ?? { failed: 0, total: 0 };
      c.total += delta;
      if (!probe.ok) c.failed += delta;
      this.counts.set(target, c);
    }
  }

  /**
   * Samples at or before `windowStart` leave the error counts, except the latest: the interval
   * just measured is always judged (probes slower than a short error-window-minutes would
   * otherwise leave before anyone looked, and an all-failing interval read as "no failed request").
   * Their response times leave too, except the latest ones while the window alone holds fewer
   * than three to judge on.
   */
  private slide(windowStart: number): void {
    const { samples } = this;
    while (this.errorHead < samples.length - 1 && samples[this.errorHead]!.atMs <= windowStart) this.count(samples[this.errorHead++]!, -1);
    while (this.latencyHead < samples.length && samples[this.latencyHead]!.atMs <= windowStart) {
      const times = responseTimes(samples[this.latencyHead]!);
      if (this.latencies.size - times.length < MIN_LATENCY_SAMPLES) break;
      for (const ms of times) this.latencies.remove(ms);
      this.latencyHead++;
      this.moves++;
    }
  }

  /** Credits spent per hour between the first and last readings; null until enough readings. */
  private burnPerHour(): number | null {
    const first = this.firstReading;
    const last = this.lastReading;
    if (!first || !last || first === last || this.readings < MIN_CREDIT_READINGS) return null;
    const hours = (last.atMs - first.atMs) / 3_600_000;
    return hours > 0 ? (first.credits! - last.credits!) / hours : null;
  }
}

/** Judges a whole list of samples at once: the same verdict the watch reached interval by interval. */
export function assess(samples: readonly Sample[], nowMs: number, limits: WatchLimits, final: boolean): Assessment {
  const window = new JudgingWindow(limits);
  for (const sample of samples) window.add(sample);
  return window.assess(nowMs, final);
}
