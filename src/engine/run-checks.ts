/**
 * Runs the selected checks concurrently under one deadline. A check that throws, or is still
 * running when the deadline passes, becomes a `fail` with the reason: the gate fails closed.
 */
import type { Budget } from './timing.js';
import { fail, type Check, type CheckContext, type CheckOutcome, type CheckResult } from './check.js';

export interface RunOptions {
  /** The run's time: at its deadline unfinished checks are abandoned; when the job is cancelled they fail at once, the same way. */
  time: Budget;
  /** The deadline in the user's words ("within 120 s"). */
  deadlineSeconds: number;
  /** Builds each check's context around the checks' shared time. */
  context: (time: Budget) => CheckContext;
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
  // The checks' own handle on the run's time, let go of once they are over.
  const run = options.time.child({ leave: 0 });
  const ctx = options.context(run);

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
