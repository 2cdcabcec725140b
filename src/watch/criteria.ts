/**
 * The guide's rollback criteria as pure functions of the samples: error rate over a sliding
 * window, slowest and p95 latency, credit burn per hour, webhook silence. "Could not measure"
 * (blind intervals) is kept apart from "threshold breached". No clock, no I/O.
 */
import type { Probe, Sample } from './sample.js';

export interface WatchLimits {
  maxErrorRate: number;
  errorWindowMs: number;
  rollbackLatencyMs: number;
  maxCreditsPerHour: number | null;
  /** Null when no heartbeat is watched. */
  maxSilenceMs: number | null;
}

export type Criterion = 'error-rate' | 'latency' | 'credits-burn' | 'webhook-silence';

export interface Breach {
  criterion: Criterion;
  reason: string;
}

export interface Assessment {
  errors: { failed: number; total: number; rate: number; judged: boolean };
  latency: { count: number; slowestMs: number | null; p95Ms: number | null; judged: boolean };
  burnPerHour: number | null;
  silenceMs: number | null;
  /** Intervals in a row, up to now, in which nothing could be measured at all. */
  blindStreak: number;
  breaches: Breach[];
}

/** Intervals in a row with nothing measurable that end the watch: production cannot be seen. */
export const BLIND_LIMIT = 3;
/** Latency samples needed in the window before p95 means anything (unless the watch ends). */
const MIN_LATENCY_SAMPLES = 3;
/** Response times kept for p95: the latest ones, so a long window costs no more than this. */
const MAX_LATENCIES = 5_000;
/** Credit readings needed before a burn rate is judged. */
const MIN_CREDIT_READINGS = 3;

/** Nearest-rank percentile of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const minutes = (ms: number) => `${+(ms / 60_000).toFixed(2)} min`;

/** No answer from production at all in this interval (the heartbeat is the gate's own instrument). */
export function isBlind(sample: Sample): boolean {
  return sample.probes.filter((p) => p.name !== 'heartbeat').every((p) => !p.measured);
}

export function blindStreak(samples: readonly Sample[]): number {
  let streak = 0;
  for (let i = samples.length - 1; i >= 0 && isBlind(samples[i]!); i--) streak++;
  return streak;
}

/** Credits spent per hour between the first and last readings; null until enough readings. */
export function burnRate(samples: readonly Sample[]): number | null {
  // Scanned from both ends, not filtered: this runs every interval of a long watch.
  const first = samples.find((s) => s.credits !== undefined);
  const last = samples.findLast((s) => s.credits !== undefined);
  if (!first || !last || first === last) return null;
  let readings = 0;
  for (const s of samples) if (s.credits !== undefined && ++readings >= MIN_CREDIT_READINGS) break;
  if (readings < MIN_CREDIT_READINGS) return null;
  const hours = (last.atMs - first.atMs) / 3_600_000;
  return hours > 0 ? (first.credits! - last.credits!) / hours : null;
}

/** Whether a probe is a request production serves (counted in the error rate); a redirect is a wrong URL. */
const countsAsRequest = (p: Probe): boolean => p.name !== 'heartbeat' && p.redirect === undefined;

/** Response times of production in one interval: the API probe and the health probe. */
export const responseTimes = (s: Sample): number[] =>
  s.probes.flatMap((p) => ((p.name === 'api' || p.name === 'health') && p.latencyMs !== undefined ? [p.latencyMs] : []));

/** Requests production failed in one interval. */
export const failedRequests = (s: Sample): number => s.probes.filter((p) => countsAsRequest(p) && !p.ok).length;

/** Response times in the window, reaching further back when the window holds too few to judge. */
function recentLatencies(samples: readonly Sample[], windowStart: number): number[] {
  const found: number[] = [];
  for (let i = samples.length - 1; i >= 0 && found.length < MAX_LATENCIES; i--) {
    if (samples[i]!.atMs <= windowStart && found.length >= MIN_LATENCY_SAMPLES) break;
    found.push(...responseTimes(samples[i]!));
  }
  return found;
}

/** The samples of the window, newest first, found from the end (samples are in time order). */
function windowOf(samples: readonly Sample[], windowStart: number): Sample[] {
  const found: Sample[] = [];
  for (let i = samples.length - 1; i >= 0 && samples[i]!.atMs > windowStart; i--) found.push(samples[i]!);
  return found;
}

/**
 * Judges the watch so far at `nowMs` (since the start). `final` is the last interval: criteria
 * whose window is not yet full are judged on what was seen.
 */
export function assess(samples: readonly Sample[], nowMs: number, limits: WatchLimits, final: boolean): Assessment {
  const inWindow = windowOf(samples, nowMs - limits.errorWindowMs);
  const windowFull = nowMs >= limits.errorWindowMs || final;
  // Requests production serves; the heartbeat is the gate's own instrument, judged on its own.
  const probes = inWindow.flatMap((s) => s.probes.filter(countsAsRequest));
  const failed = probes.filter((p) => !p.ok).length;
  const rate = probes.length > 0 ? failed / probes.length : 0;
  const errors = { failed, total: probes.length, rate, judged: windowFull && probes.length > 0 };

  const latencies = recentLatencies(samples, nowMs - limits.errorWindowMs);
  const latency = {
    count: latencies.length,
    slowestMs: latencies.length > 0 ? latencies.reduce((a, b) => Math.max(a, b)) : null,
    p95Ms: latencies.length > 0 ? percentile(latencies, 95) : null,
    judged: latencies.length >= MIN_LATENCY_SAMPLES || (final && latencies.length > 0)
  };

  const burnPerHour = burnRate(samples);
  const lastSilence = samples.findLast((s) => s.webhookSilenceMs !== undefined)?.webhookSilenceMs ?? null;
  const breaches: Breach[] = [];
  const windowText = minutes(Math.min(limits.errorWindowMs, nowMs || limits.errorWindowMs));
  if (errors.judged && rate > limits.maxErrorRate) {
    breaches.push({ criterion: 'error-rate', reason: `error rate ${pct(rate)} (${failed} of ${probes.length} requests) over the last ${windowText}, above ${pct(limits.maxErrorRate)}` });
  }
  if (latency.judged && latency.p95Ms !== null && latency.p95Ms > limits.rollbackLatencyMs) {
    breaches.push({ criterion: 'latency', reason: `p95 response time ${latency.p95Ms} ms over the last ${windowText} (slowest ${latency.slowestMs} ms), above ${limits.rollbackLatencyMs} ms` });
  }
  if (limits.maxCreditsPerHour !== null && burnPerHour !== null && burnPerHour > limits.maxCreditsPerHour) {
    breaches.push({ criterion: 'credits-burn', reason: `credits consumed at ${Math.round(burnPerHour)} per hour, above ${limits.maxCreditsPerHour} per hour` });
  }
  if (limits.maxSilenceMs !== null && lastSilence !== null && lastSilence > limits.maxSilenceMs) {
    breaches.push({ criterion: 'webhook-silence', reason: `no webhook received for ${minutes(lastSilence)}, above ${minutes(limits.maxSilenceMs)}` });
  }
  return { errors, latency, burnPerHour, silenceMs: lastSilence, blindStreak: blindStreak(samples), breaches };
}

export type Decision = { stop: false } | { stop: true; ending: 'breach'; breaches: Breach[] } | { stop: true; ending: 'blind' };

/**
 * What the watch does after this interval. While production cannot be seen at all, an error
 * rate made of unanswered requests says more about the runner's network than about the deploy:
 * it waits (three blind intervals end the watch as "cannot see production"), unless the watch
 * is over. Breaches measured some other way act at once.
 */
export function decide(a: Assessment, final: boolean): Decision {
  if (a.blindStreak >= BLIND_LIMIT) return { stop: true, ending: 'blind' };
  const acting = a.blindStreak > 0 && !final ? a.breaches.filter((b) => b.criterion !== 'error-rate') : a.breaches;
  return acting.length > 0 ? { stop: true, ending: 'breach', breaches: acting } : { stop: false };
}
