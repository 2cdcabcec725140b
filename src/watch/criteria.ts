/**
 * The guide's rollback criteria as pure functions: error rate of each target over a sliding
 * window, slowest and p95 latency, credit burn per hour, webhook silence, held against their
 * limits. "Could not measure" (blind intervals) is kept apart from "threshold breached". The
 * window's state is kept incrementally in window.ts. No clock, no I/O.
 */
import type { Probe, Sample } from './sample.js';

/** What failures are judged against, each on its own error rate: the API, or the application's health-url. */
export type Target = 'api' | 'health';

/** The target whose error rate a probe counts in; null for the heartbeat, the gate's own instrument. */
export function targetOf(probe: Probe): Target | null {
  if (probe.name === 'api' || probe.name === 'credits') return 'api';
  return probe.name === 'health' ? 'health' : null;
}

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

/** One target's failures over the window: the API, or health-url. */
export interface TargetErrors {
  failed: number;
  total: number;
  rate: number;
  judged: boolean;
}

export interface Assessment {
  /** Each target judged on its own rate; health only when health-url is probed. */
  errors: Partial<Record<Target, TargetErrors>>;
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
export const MIN_LATENCY_SAMPLES = 3;
/** Credit readings needed before a burn rate is judged. */
export const MIN_CREDIT_READINGS = 3;

/** Nearest-rank percentile of a non-empty list (the reference the sliding structure is tested against). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p * sorted.length) / 100) - 1)]!;
}

const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const minutes = (ms: number) => `${+(ms / 60_000).toFixed(2)} min`;

/** No answer from production at all in this interval (the heartbeat is the gate's own instrument). */
export function isBlind(sample: Sample): boolean {
  return sample.probes.filter((p) => p.name !== 'heartbeat').every((p) => !p.measured);
}

/** Whether a probe is a request production serves (counted in its target's error rate); a redirect is a wrong URL. */
export const countsAsRequest = (p: Probe): boolean => targetOf(p) !== null && p.redirect === undefined;

/** Response times of production in one interval: the API probe, health and heartbeat, timeouts as slow as their limit. */
export const responseTimes = (s: Sample): number[] => s.probes.flatMap((p) => (p.name !== 'credits' && p.latencyMs !== undefined ? [p.latencyMs] : []));

/** Requests production failed in one interval. */
export const failedRequests = (s: Sample): number => s.probes.filter((p) => countsAsRequest(p) && !p.ok).length;

export const TARGET_NAMES: Record<Target, string> = { api: 'API', health: 'health-url' };

/** Each target's rate in words: "API 0.0% (0 of 20), health-url 25.0% (3 of 12)". */
export function ratesText(errors: Assessment['errors'], compact = false): string {
  return (Object.entries(errors) as [Target, TargetErrors][])
    .map(([t, e]) => `${TARGET_NAMES[t]} ${pct(e.rate)} (${e.failed}${compact ? '/' : ' of '}${e.total})`)
    .join(', ');
}

/** What was measured over the window, before it is held against the limits. */
export type Measured = Omit<Assessment, 'breaches'>;

/** The breaches of the guide's criteria in what was measured at `nowMs`. */
export function breachesOf(m: Measured, limits: WatchLimits, nowMs: number): Breach[] {
  const breaches: Breach[] = [];
  const windowText = minutes(Math.min(limits.errorWindowMs, nowMs || limits.errorWindowMs));
  const overRate = (Object.entries(m.errors) as [Target, TargetErrors][]).filter(([, e]) => e.judged && e.rate > limits.maxErrorRate);
  if (overRate.length > 0) {
    const each = overRate.map(([t, e]) => `${TARGET_NAMES[t]} error rate ${pct(e.rate)} (${e.failed} of ${e.total} requests)`);
    breaches.push({ criterion: 'error-rate', reason: `${each.join(' and ')} over the last ${windowText}, above ${pct(limits.maxErrorRate)}` });
  }
  const { latency } = m;
  if (latency.judged && latency.p95Ms !== null && latency.p95Ms > limits.rollbackLatencyMs) {
    breaches.push({
      criterion: 'latency',
      reason: `p95 response time ${latency.p95Ms} ms over the last ${windowText} (slowest ${latency.slowestMs} ms), above ${limits.rollbackLatencyMs} ms`
    });
  }
  if (limits.maxCreditsPerHour !== null && m.burnPerHour !== null && m.burnPerHour > limits.maxCreditsPerHour) {
    breaches.push({
      criterion: 'credits-burn',
      reason: `credits consumed at ${Math.round(m.burnPerHour)} per hour, above ${limits.maxCreditsPerHour} per hour`
    });
  }
  if (limits.maxSilenceMs !== null && m.silenceMs !== null && m.silenceMs > limits.maxSilenceMs) {
    breaches.push({ criterion: 'webhook-silence', reason: `no webhook received for ${minutes(m.silenceMs)}, above ${minutes(limits.maxSilenceMs)}` });
  }
  return breaches;
}

export type Decision = { stop: false } | { stop: true; ending: 'breach'; breaches: Breach[] } | { stop: true; ending: 'blind' };

/** Criteria an interval with no answer at all feeds (its requests count as errors, its timeouts as slow). */
const FED_BY_UNANSWERED: readonly Criterion[] = ['error-rate', 'latency'];

/**
 * What the watch does after this interval. While production cannot be seen at all, an error
 * rate or a response time made of unanswered requests says more about the runner's network
 * than about the deploy: it waits (three blind intervals end the watch as "cannot see
 * production"), unless the watch is over. Breaches measured some other way act at once.
 */
export function decide(a: Assessment, final: boolean): Decision {
  if (a.blindStreak >= BLIND_LIMIT) return { stop: true, ending: 'blind' };
  const acting = a.blindStreak > 0 && !final ? a.breaches.filter((b) => !FED_BY_UNANSWERED.includes(b.criterion)) : a.breaches;
  return acting.length > 0 ? { stop: true, ending: 'breach', breaches: acting } : { stop: false };
}
