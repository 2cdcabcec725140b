/** A fault of the gate in one line for a person: its message, never its stack. */
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
