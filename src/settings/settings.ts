/**
 * Turns the raw inputs into one typed, validated Settings object, or into one error line per
 * bad input ("min-credits: "abc" is not a whole number >= 0"). Nothing else parses inputs.
 */
import * as z from 'zod/mini';
import { crossFieldErrors, fittedTimeoutSeconds } from './cross-field.js';
import { INPUT_NAMES, INPUTS, SECRET_INPUTS, inputSpec, type InputGroup, type InputName } from './input-table.js';
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

const schema = z.object(Object.fromEntries(INPUT_NAMES.map((name) => [name, INPUTS[name].parse])) as { [N in InputName]: (typeof INPUTS)[N]['parse'] });

/** Parses every input; on failure returns one line per bad input, never a secret's value. */
export function parseSettings(read: InputRead): SettingsResult {
  const parsed = z.safeParse(schema, read.values);
  const fieldErrors = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'inputs');
        // Zod's own messages could quote a value; for secrets only our fixed text is allowed.
        const message = SECRET_INPUTS.includes(name as InputName) && issue.code !== 'custom' ? 'is not a valid value' : issue.message;
        return `${name}: ${message}`;
      });
  const errors = [...new Set([...fieldErrors, ...crossFieldErrors(read)])];
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  const s = parsed.data;
  // Each parsed input under its key, in its group.
  const groups: Record<'top' | 'smoke' | 'watch', Record<string, unknown>> = { top: {}, smoke: {}, watch: {} };
  for (const name of INPUT_NAMES) {
    const spec = inputSpec(name);
    groups[spec.group ?? 'top'][spec.key] = s[name];
  }
  // Watch and smoke can outlive 120 s: unless the user set a deadline, it fits the mode.
  const timeoutSeconds =
    s['timeout-seconds'] ??
    fittedTimeoutSeconds(s.mode, {
      watchMinutes: s['watch-minutes'],
      webhookWaitSeconds: s['webhook-wait-seconds'],
      confirmsWebhooks: s['webhook-confirm-url'] !== ''
    });
  const settings = { ...groups.top, timeoutSeconds, smoke: groups.smoke, watch: groups.watch, sources: read.sources };
  return { ok: true, settings: settings as Settings };
}
