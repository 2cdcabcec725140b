/** Time for putting things right after a smoke step: finding and cancelling the appointment. */
import { budget, JobCancelled, type Budget } from '../engine/timing.js';

/** After the job is cancelled the runner kills the process about 10 s later: leave room to exit. */
export const AFTER_CANCEL_MS = 8_000;

/**
 * Up to the run's hard deadline, or 8 s once the job is cancelled — including a cancel that
 * arrives while the cleanup is already under way. Not stopped by the cancel itself: the
 * appointment must still be cancelled. Dispose it once the cleanup is over.
 */
export function cleanupBudget(hardDeadline: number, cancelled: AbortSignal): Budget {
  if (cancelled.aborted) return budget(Math.min(hardDeadline, performance.now() + AFTER_CANCEL_MS));
  // A cancel during the cleanup stops it 8 s later, told apart from the deadline by its reason.
  const late = new AbortController();
  const time = budget(hardDeadline, late.signal);
  const onCancel = () => setTimeout(() => late.abort(new JobCancelled('during the cleanup')), AFTER_CANCEL_MS).unref();
  cancelled.addEventListener('abort', onCancel, { once: true, signal: time.signal });
  return time;
}

/** Time kept back from the steps so the cancellation always has room before the deadline. */
export function cleanupReserveMs(timeoutSeconds: number): number {
  return Math.min(15_000, Math.max(2_000, (timeoutSeconds * 1000) / 4));
}
