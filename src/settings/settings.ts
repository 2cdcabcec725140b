/**
 * Turns the raw inputs into one typed, validated Settings object, or into one error line per
 * bad input ("min-credits: "abc" is not a whole number >= 0"). Nothing else parses inputs.
 */
import { crossFieldErrors, fittedTimeoutSeconds } from './cross-field.js';
import { INPUT_NAMES, SECRET_INPUTS, inputSpec, type InputGroup, type InputName, type InputValue } from './input-table.js';
import type { InputRead, ValueSource } from './inputs.js';

export { UNSET_TIMEOUT_SECONDS } from './cross-field.js';

/** Watch mode's measurement plan and the guide's rollback criteria. */
export type WatchSettings = InputGroup<'watch'>;

/** The test appointment smoke mode creates and cancels. */
export type SmokeSettings = InputGroup<'smoke'>;

/** Every input under its key (src/settings/input-table.ts), the mode's own under `smoke` and `watch`. */
export type Settings = Omit<InputGroup<undefined>, 'timeoutSeconds'> & {
  /** The run's deadline: as given, or fitted to the mode when timeout-seconds is unset. */
  timeoutSeconds: number;
  smoke: SmokeSettings;
  watch: WatchSettings;
  sources: Record<InputName, ValueSource>;
};

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Parses every input; on failure returns one line per bad input, never a secret's value. */
export function parseSettings(read: InputRead): SettingsResult {
  const s: Record<string, unknown> = {};
  const fieldErrors: string[] = [];
  for (const name of INPUT_NAMES) {
    const raw: unknown = read.values[name];
    // Only a front end's bug gives a non-string; a secret's line never quotes it.
    const result = typeof raw === 'string' ? inputSpec(name).parse(raw) : { error: SECRET_INPUTS.includes(name) ? 'is not a valid value' : 'is not a string' };
    if ('value' in result) s[name] = result.value;
    else fieldErrors.push(`${name}: ${result.error}`);
  }
  const errors = [...new Set([...fieldErrors, ...crossFieldErrors(read)])];
  if (errors.length > 0) return { ok: false, errors };
  const parsed = s as { [N in InputName]: InputValue<N> };
  // Each parsed input under its key, in its group.
  const groups: Record<'top' | 'smoke' | 'watch', Record<string, unknown>> = { top: {}, smoke: {}, watch: {} };
  for (const name of INPUT_NAMES) {
    const spec = inputSpec(name);
    groups[spec.group ?? 'top'][spec.key] = parsed[name];
  }
  // Watch and smoke can outlive 120 s: unless the user set a deadline, it fits the mode.
  const timeoutSeconds =
    parsed['timeout-seconds'] ??
    fittedTimeoutSeconds(parsed.mode, {
      watchMinutes: parsed['watch-minutes'],
      webhookWaitSeconds: parsed['webhook-wait-seconds'],
      confirmsWebhooks: parsed['webhook-confirm-url'] !== ''
    });
  const settings = { ...groups.top, timeoutSeconds, smoke: groups.smoke, watch: groups.watch, sources: read.sources };
  return { ok: true, settings: settings as Settings };
}
