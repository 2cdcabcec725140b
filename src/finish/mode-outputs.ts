/** A mode's own outputs, every one set even when the mode stopped early or never ran. */
import type { ModeResult } from '../modes/mode.js';
import { isMode, type Mode } from '../settings/modes.js';

/** What each mode's outputs say when it did nothing, so a later step never reads an unset value. */
const NOTHING_DONE: Record<Mode, Record<string, string>> = {
  preflight: {},
  smoke: { 'appointment-id': '' },
  watch: { rollback: 'false', 'rollback-reasons': '' }
};

/** `mode` as the run facts hold it: the input's text, which may be no mode at all. */
export function modeOutputs(mode: string, result: Pick<ModeResult, 'outputs'>): Record<string, string> {
  const known = mode.toLowerCase();
  return { ...(isMode(known) ? NOTHING_DONE[known] : {}), ...result.outputs };
}
