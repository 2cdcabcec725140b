/** Rules across inputs, and the deadline each mode needs. */
import { parsedField, type FIELDS } from './fields.js';
import type { InputRead } from './inputs.js';
import type { Settings } from './settings.js';

/**
 * Rules across inputs, checked whenever both inputs parse on their own, so every error comes
 * in the same run rather than one run after another.
 */
export function crossFieldErrors(read: InputRead): string[] {
  const v = <K extends keyof typeof FIELDS>(name: K) => parsedField(read.values, name);
  const errors: string[] = [];
  const [min, warn] = [v('min-credits'), v('warn-credits')];
  if (min !== undefined && warn !== undefined && warn < min) errors.push(`warn-credits: ${warn} is below min-credits (${min}); it must be at least min-credits`);
  const [latencyWarn, latencyFail] = [v('latency-warn-ms'), v('latency-fail-ms')];
  if (latencyWarn !== undefined && latencyFail !== undefined && latencyWarn > latencyFail) {
    errors.push(`latency-warn-ms: ${latencyWarn} is above latency-fail-ms (${latencyFail}); it must be at most latency-fail-ms`);
  }
  const mode = v('mode');
  if (mode === 'smoke' && v('department-id') === null) errors.push('department-id: is required in smoke mode: the id of the department the test appointment is booked in');
  const timeout = read.sources['timeout-seconds'] === 'input' ? v('timeout-seconds') : undefined;
  const watchMinutes = v('watch-minutes');
  if (mode === 'watch' && timeout !== undefined && watchMinutes !== undefined && timeout < watchMinutes * 60) {
    errors.push(`timeout-seconds: ${timeout} is shorter than watch-minutes (${watchMinutes} min); give at least ${Math.ceil(watchMinutes * 60) + 60}, or leave it unset in watch mode`);
  }
  const interval = v('watch-interval-seconds');
  if (mode === 'watch' && interval !== undefined && watchMinutes !== undefined && interval > watchMinutes * 60) {
    errors.push(`watch-interval-seconds: ${interval} is longer than the watch (watch-minutes ${watchMinutes} = ${watchMinutes * 60} s); the watch would end after one measurement`);
  }
  const intervals = interval !== undefined && watchMinutes !== undefined ? Math.ceil((watchMinutes * 60) / interval) : 0;
  if (mode === 'watch' && intervals > MAX_WATCH_INTERVALS) {
    errors.push(`watch-interval-seconds: ${interval} makes ${intervals} measurements over ${watchMinutes} min, more than ${MAX_WATCH_INTERVALS}; give at least ${Math.ceil(((watchMinutes ?? 0) * 60 * 100) / MAX_WATCH_INTERVALS) / 100} s`);
  }
  const webhookTimeout = v('webhook-timeout-ms');
  const checks = v('checks');
  if (mode === 'preflight' && timeout !== undefined && webhookTimeout !== undefined && checks?.includes('webhook') && timeout * 1000 < webhookTimeout) {
    errors.push(`timeout-seconds: ${timeout} is shorter than webhook-timeout-ms (${webhookTimeout} ms); the webhook check could never finish`);
  }
  if (mode === 'smoke' && timeout !== undefined && timeout < MIN_SMOKE_SECONDS) {
    errors.push(`timeout-seconds: ${timeout} is too short for smoke mode; give at least ${MIN_SMOKE_SECONDS}, so the test appointment always has time to be cancelled`);
  }
  return errors;
}

/** More measurements than this would make a report and a summary too large to read or keep. */
const MAX_WATCH_INTERVALS = 10_000;

/** Below this a smoke test could book an appointment and have no time left to cancel it. */
const MIN_SMOKE_SECONDS = 10;

/** Seconds a mode needs at most: the watch plus a minute; smoke's two webhook waits plus a minute. */
export function modeNeedsSeconds(mode: Settings['mode'], watchSeconds: number, webhookWaitSeconds: number): number {
  if (mode === 'watch') return watchSeconds + 60;
  if (mode === 'smoke') return 2 * webhookWaitSeconds + 60;
  return 0;
}

