/** Real, parsed settings for tests that need a Settings object (no hand-built fakes). */
import { readInputs } from '../../src/settings/inputs.js';
import { parseSettings, type Settings } from '../../src/settings/settings.js';
import { inputEnv } from './inputs.js';

export function settingsFrom(inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): Settings {
  const parsed = parseSettings(readInputs(inputEnv(inputs, extraEnv)));
  if (!parsed.ok) throw new Error(`test inputs do not parse:\n${parsed.errors.join('\n')}`);
  return parsed.settings;
}
