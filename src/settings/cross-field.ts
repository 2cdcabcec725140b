/** Rules across inputs, and the deadline each mode needs. */
import { parseInput, type InputName, type InputValue } from './input-table.js';
import type { InputRead } from './inputs.js';

/**
 * Rules across inputs, checked whenever both inputs parse on their own, so every error comes
 * in the same run rather than one run after another.
 */
export function crossFieldErrors(read: InputRead): string[] {
  const v = <N extends InputName>(name: N) => parseInput(name, read.values[name]);
  const errors: string[] = [];
  const [min, warn] = [v('min-credits'), v('warn-credits')];
  if (min !== undefined && warn !== undefined && warn < min)
    errors.push(`warn-credits: ${warn} is below min-credits (${min}); it must be at least min-credits`);
  const [latencyWarn, latencyFail] = [v('latency-warn-ms'), v('latency-fail-ms')];
  if (latencyWarn !== undefined && latencyFail !== undefined && latencyWarn > latencyFail) {
    errors.push(`latency-warn-ms: ${latencyWarn} is above latency-fail-ms (${latencyFail}); it must be at most latency-fail-ms`);
  }
  const mode = v('mode');
  if (mode === 'smoke' && v('department-id') === null)
    errors.push('department-id: is required in smoke mode: the id of the department the test appointment is booked in');
  // Null when unset: then it is fitted to the mode and none of these rules can be broken.
  const timeout = v('timeout-seconds') ?? undefined;
  const watchMinutes = v('watch-minutes');
  if (mode === 'watch' && timeout !== undefined && watchMinutes !== undefined && timeout < watchMinutes * 60) {
    errors.push(
      `timeout-seconds: ${timeout} is shorter than watch-minutes (${watchMinutes} min); give at least ${Math.ceil(watchMinutes * 60) + 60}, or leave it unset in watch mode`
    );
  }
  const interval = v('watch-interval-seconds');
  if (mode === 'watch' && interval !== undefined && watchMinutes !== undefined && interval > watchMinutes * 60) {
    errors.push(
      `watch-interval-seconds: ${interval} is longer than the watch (watch-minutes ${watchMinutes} = ${watchMinutes * 60} s); the watch would end after one measurement`
    );
  }
  const intervals = interval !== undefined && watchMinutes !== undefined ? Math.ceil((watchMinutes * 60) / interval) : 0;
  if (mode === 'watch' && intervals > MAX_WATCH_INTERVALS) {
    errors.push(
      `watch-interval-seconds: ${interval} makes ${intervals} measurements over ${watchMinutes} min, more than ${MAX_WATCH_INTERVALS}; give at least ${Math.ceil(((watchMinutes ?? 0) * 60 * 100) / MAX_WATCH_INTERVALS) / 100} s`
    );
  }
  const webhookTimeout = v('webhook-timeout-ms');
  const checks = v('checks');
  if (mode === 'preflight' && timeout !== undefined && webhookTimeout !== undefined && checks?.includes('webhook') && timeout * 1000 < webhookTimeout) {
    errors.push(`timeout-seconds: ${timeout} is shorter than webhook-timeout-ms (${webhookTimeout} ms); the webhook check could never finish`);
  }
  if (mode === 'smoke' && timeout !== undefined && timeout < MIN_SMOKE_SECONDS) {
    errors.push(
      `timeout-seconds: ${timeout} is too short for smoke mode; give at least ${MIN_SMOKE_SECONDS}, so the test appointment always has time to be cancelled`
    );
  }
  return errors;
}

/** More measurements than this would make a report and a summary too large to read or keep. */
const MAX_WATCH_INTERVALS = 10_000;

/** Below this a smoke test could book an appointment and have no time left to cancel it. */
const MIN_SMOKE_SECONDS = 10;

/** The deadline when timeout-seconds is unset and the mode has no longer waits (preflight). */
export const UNSET_TIMEOUT_SECONDS = 120;

/** What a mode's steps can take when every request uses its whole time limit. */
const API_REQUEST_SECONDS = 10;
/** Smoke's API requests: credits before, create, cancel, three read-backs, a lost booking's lookup and cancel. */
const SMOKE_REQUESTS = 8;
/** The most smoke keeps back for cancelling the appointment (see smoke/budget.ts). */
const SMOKE_CLEANUP_RESERVE_SECONDS = 15;
/** After the watch's last interval: its probes' time limit, the report, the summary, the comment. */
const WATCH_MARGIN_SECONDS = 60;

export interface ModeWaits {
  watchMinutes: number;
  webhookWaitSeconds: number;
  /** Smoke waits for its two webhook confirmations only when webhook-confirm-url is given. */
  confirmsWebhooks: boolean;
}

/**
 * The deadline of a run whose timeout-seconds is unset: 120 s, or what the mode's own waits
 * need when that is longer (the watch and its margin; smoke's webhook waits, its requests and
 * the reserve for cancelling the appointment).
 */
export function fittedTimeoutSeconds(mode: InputValue<'mode'>, waits: ModeWaits): number {
  const needs =
    mode === 'watch'
      ? waits.watchMinutes * 60 + WATCH_MARGIN_SECONDS
      : mode === 'smoke'
        ? (waits.confirmsWebhooks ? 2 * waits.webhookWaitSeconds : 0) + SMOKE_REQUESTS * API_REQUEST_SECONDS + SMOKE_CLEANUP_RESERVE_SECONDS
        : 0;
  return Math.max(UNSET_TIMEOUT_SECONDS, Math.ceil(needs));
}
