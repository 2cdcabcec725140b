/** Time for putting things right after a smoke step: finding and cancelling the appointment. */
import { abortAt, JobCancelled } from '../engine/timing.js';

/** After the job is cancelled the runner kills the process about 10 s later: leave room to exit. */
export const AFTER_CANCEL_MS = 8_000;

export interface CleanupBudget {
  signal: AbortSignal;
  deadline: number;
  release: () => void;
}

/**
 * Up to the run's hard deadline, or 8 s once the job is cancelled — including a cancel that
 * arrives while the cleanup is already under way.
 */
export function cleanupBudget(hardDeadline: number, cancelled: AbortSignal): CleanupBudget {
  const deadline = cancelled.aborted ? Math.min(hardDeadline, performance.now() + AFTER_CANCEL_MS) : hardDeadline;
  const stop = abortAt(deadline);
  const onCancel = () => setTimeout(() => stop.abort(new JobCancelled('during the cleanup')), AFTER_CANCEL_MS).unref();
  cancelled.addEventListener('abort', onCancel, { once: true });
  const release = () => {
    cancelled.removeEventListener('abort', onCancel);
    stop.abort();
  };
  return { signal: stop.signal, deadline, release };
}

/** Time kept back from the steps so the cancellation always has room before the deadline. */
export function cleanupReserveMs(timeoutSeconds: number): number {
  return Math.min(15_000, Math.max(2_000, (timeoutSeconds * 1000) / 4));
}
