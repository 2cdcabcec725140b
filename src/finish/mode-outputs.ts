/** A mode's own outputs, every one set even when the mode stopped early or never ran. */
import type { ModeResult } from '../modes/mode.js';

/** What each mode's outputs say when it did nothing, so a later step never reads an unset value. */
const NOTHING_DONE: Record<string, Record<string, string>> = {
  smoke: { 'appointment-id': '' },
  watch: { rollback: 'false', 'rollback-reasons': '' }
};

export function modeOutputs(mode: string, result: Pick<ModeResult, 'outputs'>): Record<string, string> {
  return { ...NOTHING_DONE[mode.toLowerCase()], ...result.outputs };
}
