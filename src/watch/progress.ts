/**
 * What the job log shows while a watch runs: one line per interval, folded in groups so a long
 * watch stays readable, and, outside the groups, a line at each change of state (healthy ->
 * degraded -> breach, production blind...), so the story reads without unfolding anything.
 */
import { TARGET_NAMES, type Assessment, type Decision, type Target, type WatchLimits } from './criteria.js';
import type { Ending } from './rows.js';
import type { Sample } from './sample.js';
import { clock, progressLine } from './timeline.js';

export type WatchState = 'healthy' | 'degraded' | 'blind' | 'breach';

/** Where the lines go: the job log, with the runner's groups when there are any. */
export interface ProgressOutput {
  log: (line: string) => void;
  startGroup?: (title: string) => void;
  endGroup?: () => void;
}

/** The state after an interval, and why, in a few words. */
export function stateOf(sample: Sample, a: Assessment, decision: Decision, limits: WatchLimits): { state: WatchState; why: string } {
  if (decision.stop && decision.ending === 'breach') return { state: 'breach', why: decision.breaches.map((b) => b.reason).join('; ') };
  if (a.blindStreak > 0)
    return { state: 'blind', why: `production blind: nothing answered (${a.blindStreak} interval${a.blindStreak === 1 ? '' : 's'} in a row)` };
  const signs: string[] = [];
  for (const [target, e] of Object.entries(a.errors) as [Target, NonNullable<Assessment['errors'][Target]>][]) {
    if (e.failed > 0) signs.push(`${TARGET_NAMES[target]} ${e.failed} of ${e.total} requests failed in the window`);
  }
  if (a.latency.slowestMs !== null && a.latency.slowestMs > limits.rollbackLatencyMs)
    signs.push(`slowest response ${a.latency.slowestMs} ms, above ${limits.rollbackLatencyMs} ms`);
  const heartbeat = sample.probes.find((p) => p.name === 'heartbeat');
  if (heartbeat && !heartbeat.ok) signs.push(`heartbeat unusable (${heartbeat.error ?? 'no answer'})`);
  return signs.length > 0 ? { state: 'degraded', why: signs.join('; ') } : { state: 'healthy', why: 'no failed request, responses within the limit' };
}

const ENDINGS: Record<Ending, string> = {
  completed: 'the watch ran its course',
  breach: 'a rollback criterion was breached',
  blind: 'production could not be seen',
  misdirected: 'a URL redirects: the watch is misconfigured',
  cancelled: 'the job was cancelled',
  deadline: 'timeout-seconds came'
};

/** Groups of this many interval lines; at most about 20 groups, and never fewer than 10 lines in one. */
export function groupSize(totalIntervals: number): number {
  return Math.max(10, Math.ceil(totalIntervals / 20));
}

export function createProgress(out: ProgressOutput, totalIntervals: number, totalMs: number, limits: WatchLimits) {
  const size = groupSize(totalIntervals);
  let open = false;
  /** The last interval (1-based) the open group's title names: it closes there. */
  let groupEnd = 0;
  let state: WatchState | null = null;
  const close = () => {
    if (open) out.endGroup?.();
    open = false;
  };
  return {
    /** Logs the interval's line (in its group) and, when the state changed, the change. */
    interval(sample: Sample, a: Assessment, decision: Decision): void {
      if (!open && out.startGroup) {
        // The plan's count; the clock can fit one interval more, which then closes the count.
        const total = Math.max(totalIntervals, sample.index + 1);
        groupEnd = Math.min(total, (Math.floor(sample.index / size) + 1) * size);
        out.startGroup(`Intervals ${sample.index + 1}–${groupEnd} of ${total} (from ${clock(sample.atMs)} of ${clock(totalMs)})`);
        open = true;
      }
      out.log(progressLine(sample, a, totalMs));
      if (sample.index + 1 >= groupEnd) close();
      const next = stateOf(sample, a, decision, limits);
      if (next.state !== state) {
        close();
        out.log(
          `Watch ${state === null ? 'starts' : `${state} -> ${next.state}`} at ${clock(sample.atMs)}: ${state === null ? `${next.state}, ` : ''}${next.why}`
        );
        state = next.state;
      }
    },
    /** Closes the open group, if any (the watch stopped, however). */
    close,
    /** Closes the last group and says how the watch ended. */
    end(ending: Ending, intervals: number): void {
      close();
      out.log(`Watch ended after ${intervals} interval${intervals === 1 ? '' : 's'}: ${ENDINGS[ending]}`);
    }
  };
}
