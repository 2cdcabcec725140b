/** The rows the finish writes itself, for a person: a fault of the gate (its message, never its stack), invalid inputs. */
import { CHECK_TITLES } from '../settings/check-ids.js';
import { fail, type CheckResult } from '../engine/check.js';

const MAX_CHARS = 300;

export function faultText(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? error.message || error.name : String(error);
  } catch {
    text = 'an unreadable error';
  }
  // A message may embed a stack ("Error: x\n    at f (file:1:2)"): only what precedes it is kept.
  const firstFrame = text.search(/\n\s*at\s/);
  if (firstFrame >= 0) text = text.slice(0, firstFrame);
  text = text.replace(/\s+/g, ' ').trim() || 'an error without a message';
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

/** The summary row of a fault of the gate itself: failing, with the reason and what to do. */
export function gateFaultRow(error: unknown, when = 'the gate stopped unexpectedly'): CheckResult {
  return {
    id: 'gate',
    title: 'Deploy gate',
    ...fail(`${when}: ${faultText(error)}`, {
      hints: ['A fault of the gate itself: nothing was passed. Re-run, and report it with this log if it persists.']
    }),
    durationMs: 0
  };
}

export function invalidInputsRow(errors: readonly string[]): CheckResult {
  const count = `${errors.length} invalid input${errors.length === 1 ? '' : 's'}`;
  return {
    id: 'config',
    title: CHECK_TITLES.config,
    ...fail(`${count}: ${errors.join('; ')}`, {
      details: errors.map((e) => `❌ ${e}`),
      hints: ['Fix each input listed in this row, in the step’s with: block (or the command line’s flags of the same names); no other check ran.']
    }),
    durationMs: 0
  };
}
