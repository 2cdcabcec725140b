/**
 * What a mode must put right if the run ends abruptly: it registers each thing to undo (a booked
 * test appointment) as soon as it exists, and releases it once undone. Whatever is still
 * registered when a fault ends the run is undone by the emergency finish, or named in its alert.
 */
import { fail, pass, type CheckResult } from '../engine/check.js';
import { budgetFor, type Budget } from '../engine/timing.js';
import type { Alert } from '../report/run-report.js';
import { faultText } from './fault-text.js';

export interface UndoOutcome {
  undone: boolean;
  /** How it ended, in words for the summary. */
  detail: string;
}

export interface CleanupEntry {
  /** What it is, for the summary: "appointment 900001". */
  label: string;
  /** What the on-call engineer must do by hand when it cannot be undone. */
  alert: Alert;
  /** Undoes it within `time`; absent when only a person can (an unattributable booking). */
  undo?: (time: Budget) => Promise<UndoOutcome>;
}

export interface CleanupRegistry {
  /** Registers something to undo; the returned function releases it once it is undone. */
  register(entry: CleanupEntry): () => void;
  pending(): CleanupEntry[];
  /** A mode output as known so far (appointment-id), for a run that ends in a fault. */
  setOutput(name: string, value: string): void;
  outputs(): Record<string, string>;
  /** The mode's rows finished so far, so a run that ends in a fault still shows them. */
  setProgress(rows: () => CheckResult[]): void;
  progress(): CheckResult[];
}

export function createCleanupRegistry(): CleanupRegistry {
  const entries = new Set<CleanupEntry>();
  const outputs: Record<string, string> = {};
  let rows: () => CheckResult[] = () => [];
  return {
    register(entry) {
      entries.add(entry);
      return () => void entries.delete(entry);
    },
    pending: () => [...entries],
    setOutput: (name, value) => void (outputs[name] = value),
    outputs: () => ({ ...outputs }),
    setProgress: (next) => void (rows = next),
    progress() {
      try {
        return [...rows()];
      } catch {
        return [];
      }
    }
  };
}

/** One alert from several: messages in order, commands one after the other. */
export function mergeAlerts(alerts: readonly Alert[]): Alert | undefined {
  if (alerts.length === 0) return undefined;
  if (alerts.length === 1) return alerts[0];
  const commands = alerts.flatMap((a) => (a.command ? [a.command] : []));
  return { message: alerts.map((a) => a.message).join(' '), ...(commands.length > 0 ? { command: commands.join('; ') } : {}) };
}

async function undoOne(entry: CleanupEntry, time: Budget): Promise<UndoOutcome> {
  if (!entry.undo) return { undone: false, detail: 'only a person can tell whether it must be undone' };
  try {
    // Raced with the budget: an undo that ignores its signal must not hold the run.
    return await time.race(entry.undo(time));
  } catch (error) {
    if (time.expired) return { undone: false, detail: 'not finished within the cleanup time' };
    return { undone: false, detail: `stopped with an error: ${faultText(error)}` };
  }
}

/**
 * Undoes everything still registered, all at once, within `budgetMs`; never throws. Gives the
 * summary row and the alert for what is left.
 */
export async function undoPending(registry: CleanupRegistry, budgetMs: number): Promise<{ row?: CheckResult; alert?: Alert }> {
  const entries = registry.pending();
  if (entries.length === 0) return {};
  const started = performance.now();
  const time = budgetFor(budgetMs);
  try {
    const outcomes = await Promise.all(entries.map((entry) => undoOne(entry, time)));
    const left = entries.filter((_, i) => !outcomes[i]!.undone);
    const summary = entries.map((e, i) => `${e.label} ${outcomes[i]!.undone ? 'undone' : 'NOT undone'}: ${outcomes[i]!.detail}`).join('; ');
    const durationMs = Math.round(performance.now() - started);
    const title = 'Cleanup after the fault';
    if (left.length === 0) return { row: { id: 'cleanup', title, ...pass(summary), durationMs } };
    return {
      row: { id: 'cleanup', title, ...fail(summary, { hints: ['Act on the alert at the top of this summary.'] }), durationMs },
      alert: mergeAlerts(left.map((e) => e.alert))
    };
  } finally {
    time.dispose();
  }
}
