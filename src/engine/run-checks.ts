/**
 * Runs the selected checks concurrently under one deadline. A check that throws, or is still
 * running when the deadline passes, becomes a `fail` with the reason: the gate fails closed.
 */
import { budget } from './timing.js';
import { fail, type Check, type CheckContext, type CheckOutcome, type CheckResult } from './check.js';

export interface RunOptions {
  /** `performance.now()` value at which unfinished checks are abandoned. */
  deadline: number;
  /** The deadline in the user's words ("within 120 s"). */
  deadlineSeconds: number;
  /** Aborted when the job is cancelled: unfinished checks fail at once, like at the deadline. */
  cancelled?: AbortSignal;
  /** Builds each check's context around the shared abort signal. */
  context: (signal: AbortSignal) => CheckContext;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function withTimer(check: Check, promise: Promise<CheckOutcome>, started: number): Promise<CheckResult> {
  return promise.then((out) => ({
    id: check.id,
    title: check.title,
    ...out,
    durationMs: Math.round(performance.now() - started)
  }));
}

export async function runChecks(checks: readonly Check[], options: RunOptions): Promise<CheckResult[]> {
  const run = budget(options.deadline, options.cancelled);
  const ctx = options.context(run.signal);

  const settled: (CheckResult | undefined)[] = checks.map(() => undefined);
  const started = performance.now();
  const running = checks.map((check, i) => {
    // Promise.resolve().then() turns a synchronous throw into a rejection too.
    const work = Promise.resolve()
      .then(() => check.run(ctx))
      .catch((error: unknown) =>
        fail(`the check stopped with an error: ${errorMessage(error)}`, {
          hints: ['This is a fault in the check itself or an answer it could not read; the gate fails closed. Re-run, and report it if it persists.']
        })
      );
    return withTimer(check, work, started).then((result) => {
      // An answer after the stop is late, even one the stop itself provoked: the check did not finish.
      if (!run.expired) settled[i] = result;
    });
  });

  await Promise.race([Promise.all(running), run.stopped()]);
  const stoppedBy = run.stoppedBy;
  run.dispose();
  const unfinished =
    stoppedBy === 'cancelled'
      ? fail('stopped: the job was cancelled before this check finished', { hints: ['Re-run the job; the gate never passes a check it could not finish.'] })
      : fail(`did not finish within ${options.deadlineSeconds} s`, {
          hints: ['Raise timeout-seconds, or find out why this check hangs (a slow or unresponsive server).']
        });

  return checks.map((check, i) => settled[i] ?? { id: check.id, title: check.title, ...unfinished, durationMs: Math.round(performance.now() - started) });
}
