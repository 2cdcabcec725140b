/**
 * One way for a run to end, whatever happens: the normal finish publishes the mode's result;
 * the emergency finish (a fault that escaped, a mode that never returned) first undoes what the
 * mode registered, within a short budget, then publishes a failing run with what is known.
 * Either way there is a summary, every output, the JSON report and exit 1 when blocked.
 */
import type { ModeResult } from '../modes/mode.js';
import { createCleanupRegistry, undoPending, type CleanupRegistry } from './cleanup-registry.js';
import { gateFaultRow } from './fault-text.js';
import type { Publisher, RunFacts } from './run-end.js';

/**
 * The publish, loaded when the run ends (or sooner, by `preloadPublish`): the report's code is not
 * on the way to the first request.
 */
const loadPublish = () => import('./publish.js');

/** Starts loading the publish while the run waits on the network; never throws. */
export function preloadPublish(): void {
  loadPublish().catch(() => undefined);
}

/** Time the emergency gives to cancelling what was booked: the runner kills ~10 s after a cancel. */
export const EMERGENCY_UNDO_MS = 8_000;

export interface RunGuard {
  /** Where the mode registers what must be undone if the run ends in a fault. */
  cleanup: CleanupRegistry;
  /** The normal end; once an emergency has begun, it only waits for it. */
  finish(result: ModeResult, invalidInputs?: readonly string[]): Promise<number>;
  /** The emergency end; the first call does it, later ones share its exit code. Never throws. */
  emergency(error: unknown): Promise<number>;
}

export interface GuardSetup {
  publisher: Omit<Publisher, 'superseded'>;
  facts: RunFacts;
  startedAt: Date;
  /** `performance.now()` at the start of the run. */
  started: number;
  undoBudgetMs?: number;
}

/**
 * Waits until the IO is `ready` (its adapter loaded: each part of a publish then fails, or not,
 * on its own) or `settled` (everything given so far written, before the exit); never throws.
 */
async function waitFor(out: Publisher['out'], what: 'ready' | 'settled'): Promise<void> {
  try {
    await out[what]?.();
  } catch {
    /* nothing is left to write with */
  }
}

export function createRunGuard(setup: GuardSetup): RunGuard {
  const cleanup = createCleanupRegistry();
  let emergencyRun: Promise<number> | undefined;
  const publisher: Publisher = { ...setup.publisher, superseded: () => emergencyRun !== undefined };
  const end = (result: ModeResult, invalidInputs?: readonly string[]) => ({
    facts: setup.facts,
    startedAt: setup.startedAt,
    durationMs: performance.now() - setup.started,
    result,
    ...(invalidInputs ? { invalidInputs } : {})
  });

  async function emergencyFinish(error: unknown): Promise<number> {
    try {
      const undone = await undoPending(cleanup, setup.undoBudgetMs ?? EMERGENCY_UNDO_MS);
      const checks = [...cleanup.progress(), gateFaultRow(error), ...(undone.row ? [undone.row] : [])];
      await waitFor(setup.publisher.out, 'ready');
      // An emergency publish is never superseded: it is the last word.
      await (await loadPublish()).publishRun(end({ checks, outputs: cleanup.outputs(), ...(undone.alert ? { alert: undone.alert } : {}) }), setup.publisher);
    } catch {
      try {
        setup.publisher.out.setFailed('The deploy gate stopped unexpectedly; nothing was passed.');
      } catch {
        /* nothing is left to write with */
      }
    }
    await waitFor(setup.publisher.out, 'settled');
    return 1;
  }

  return {
    cleanup,
    async finish(result, invalidInputs) {
      if (!emergencyRun) {
        await waitFor(publisher.out, 'ready');
        const code = await (await loadPublish()).publishRun(end(result, invalidInputs), publisher);
        // A fault during this publish: its emergency finish has the last word, and the exit code.
        if (!emergencyRun) return (await waitFor(publisher.out, 'settled'), code);
      }
      return emergencyRun;
    },
    emergency: (error) => (emergencyRun ??= emergencyFinish(error))
  };
}
