/**
 * The process-wide net: an exception or a rejection nobody caught, or a run still going long
 * after its deadline, ends in the active run's emergency finish, then exit 1. Node's own
 * handler (a stack trace, no summary) never runs.
 */
import { standardStreamsWritten } from '../io/written-out.js';
import { faultText } from './fault-text.js';
import type { RunGuard } from './run-guard.js';

/** After the deadline, time for the mode's own cleanup and the publish before the watchdog acts. */
export const OVERDUE_GRACE_MS = 15_000;

let installed = false;
let active: { guard: RunGuard; watchdog?: NodeJS.Timeout } | undefined;

/**
 * How the process ends once the emergency finish is done. The action exits with the guard's
 * code; the command line gives its own (it renders the report and exits 3, a fault of the gate).
 */
export type FaultExit = (code: number, error: unknown, hadRun: boolean) => Promise<void> | void;

async function actionExit(code: number, error: unknown, hadRun: boolean): Promise<void> {
  // Loaded only now: the runner's adapter is not on the way to a run's first request.
  if (!hadRun)
    (await import('../io/actions-io.js'))
      .createActionsIO(process.env)
      .setFailed(`The deploy gate stopped unexpectedly before it could report: ${faultText(error)}`);
  await standardStreamsWritten();
  process.exit(code || 1);
}

let exitAfterFault: FaultExit = actionExit;

/** Ends the process through the active run's emergency finish. */
export async function endOnFault(error: unknown): Promise<never> {
  let code = 1;
  const hadRun = active !== undefined;
  try {
    if (active) code = await active.guard.emergency(error);
  } catch {
    /* exit 1 all the same */
  }
  try {
    await exitAfterFault(code, error, hadRun);
  } catch {
    /* the exit below still happens */
  }
  process.exit(code || 1);
}

/** Installs the handlers; only the entry points do (the action's, the command line's with its own exit), so tests driving run() keep Node's. */
export function installLastResort(exit: FaultExit = actionExit): void {
  if (installed) return;
  installed = true;
  exitAfterFault = exit;
  process.on('uncaughtException', (error) => void endOnFault(error));
  process.on('unhandledRejection', (reason) => void endOnFault(reason));
}

/**
 * Makes `guard` the one an escaped fault ends; with the handlers installed, also arms the
 * watchdog for a run that has not ended `OVERDUE_GRACE_MS` after its deadline. Returns the release.
 */
export function activateGuard(guard: RunGuard, deadline: number, mode: string): () => void {
  const entry: NonNullable<typeof active> = { guard };
  if (installed) {
    const overdue = new Error(`the ${mode} run had not ended ${OVERDUE_GRACE_MS / 1000} s after its deadline`);
    // Not unref'd: a mode waiting on a promise nothing will settle must still end here.
    entry.watchdog = setTimeout(() => void endOnFault(overdue), Math.max(0, deadline - performance.now()) + OVERDUE_GRACE_MS);
  }
  active = entry;
  return () => {
    clearTimeout(entry.watchdog);
    if (active === entry) active = undefined;
  };
}
