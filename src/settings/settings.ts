/**
 * Turns the raw inputs into one typed, validated Settings object, or into one error line per
 * bad input ("min-credits: "abc" is not a whole number >= 0"). Nothing else parses inputs.
 */
import * as z from 'zod/mini';
import type { CheckId } from './check-ids.js';
import {
  apiPath,
  booleanInput,
  checkList,
  decimalNumber,
  envNames,
  field,
  fieldPath,
  oneOf,
  quoteValue,
  optional,
  parseConfirmTemplate,
  parseAbsoluteUrl,
  parseLocalDateTime,
  parseRate,
  parseWholeNumber,
  wholeNumber,
  type Parsed
} from './parsers.js';
import { SECRET_INPUTS, type InputName, type InputRead, type ValueSource } from './inputs.js';

export { quoteValue };

export interface Settings {
  mode: 'preflight' | 'smoke' | 'watch';
  environment: 'production' | 'staging';
  apiUrl: string;
  apiKey: string;
  authScheme: 'x-api-key' | 'bearer';
  webhookUrl: string;
  webhookSecret: string;
  checks: CheckId[];
  requireEnv: string[];
  apiProbePath: string;
  creditsPath: string;
  /** Dotted path of the balance in the credits answer. */
  creditsField: string;
  minCredits: number;
  warnCredits: number;
  latencySamples: number;
  latencyWarnMs: number;
  latencyFailMs: number;
  webhookTimeoutMs: number;
  allowPrivateWebhook: boolean;
  retries: number;
  timeoutSeconds: number;
  failOn: 'failure' | 'warning';
  prComment: boolean;
  githubToken: string;
  smoke: SmokeSettings;
  watch: WatchSettings;
  sources: Record<InputName, ValueSource>;
}

/** Watch mode's measurement plan and the guide's rollback criteria. */
export interface WatchSettings {
  minutes: number;
  intervalSeconds: number;
  maxErrorRate: number;
  errorWindowMinutes: number;
  rollbackLatencyMs: number;
  /** '' when the application has none to probe. */
  healthUrl: string;
  /** Null: the burn rate is reported, never judged. */
  maxCreditsPerHour: number | null;
  /** '' when the application exposes no heartbeat. */
  heartbeatUrl: string;
  maxWebhookSilenceMinutes: number;
}

/** The test appointment smoke mode creates and cancels. */
export interface SmokeSettings {
  /** Required in smoke mode; null when not given. */
  departmentId: number | null;
  /** Null: the next day at 10:00, computed when the run starts. */
  appointmentDateTime: string | null;
  appointmentName: string;
  externalUserId: string;
  /** Template with {appointmentId} and {event}; '' when the application offers none. */
  webhookConfirmUrl: string;
  webhookWaitSeconds: number;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Real keys and secrets are long; a short one would also be impossible to keep out of the output. */
const MIN_SECRET_LENGTH = 12;
const secret = field((raw): Parsed<string> =>
  raw === '' || raw.trim().length >= MIN_SECRET_LENGTH
    ? { value: raw }
    : { error: `is too short to be a real secret (fewer than ${MIN_SECRET_LENGTH} characters); check that the right secret is passed` }
);
const HOUR_MS = 3_600_000;

/** One parser per input: the shape of the settings. */
const FIELDS = {
  mode: oneOf(['preflight', 'smoke', 'watch'] as const),
  environment: oneOf(['production', 'staging'] as const),
  'api-url': z.string(),
  'api-key': secret,
  'auth-scheme': oneOf(['x-api-key', 'bearer'] as const),
  'webhook-url': z.string(),
  'webhook-secret': secret,
  checks: checkList,
  'require-env': envNames,
  'api-probe-path': apiPath,
  'credits-path': apiPath,
  'credits-field': fieldPath,
  'min-credits': wholeNumber(0, Number.MAX_SAFE_INTEGER),
  'warn-credits': wholeNumber(0, Number.MAX_SAFE_INTEGER),
  'latency-samples': wholeNumber(1, 20),
  'latency-warn-ms': wholeNumber(1, HOUR_MS),
  'latency-fail-ms': wholeNumber(1, HOUR_MS),
  'webhook-timeout-ms': wholeNumber(1, 60_000),
  'allow-private-webhook': booleanInput,
  retries: wholeNumber(0, 10),
  'timeout-seconds': decimalNumber(0, 6 * 3600),
  'fail-on': oneOf(['failure', 'warning'] as const),
  'pr-comment': booleanInput,
  'github-token': secret,
  'department-id': optional((raw) => parseWholeNumber(raw, 1)),
  'appointment-datetime': optional(parseLocalDateTime),
  // Never empty: an empty input falls back to its default.
  'appointment-name': z.string(),
  'external-user-id': z.string(),
  'webhook-confirm-url': optional(parseConfirmTemplate),
  'webhook-wait-seconds': decimalNumber(0, 3600),
  'watch-minutes': decimalNumber(0, 360),
  // A floor, so a typo cannot turn the watch into a flood of requests against production.
  'watch-interval-seconds': decimalNumber(0.05, 3600),
  'max-error-rate': field(parseRate),
  'error-window-minutes': decimalNumber(0, 360),
  'rollback-latency-ms': wholeNumber(1, HOUR_MS),
  'health-url': optional(parseAbsoluteUrl),
  'max-credits-per-hour': optional((raw) => parseWholeNumber(raw, 0)),
  'webhook-heartbeat-url': optional(parseAbsoluteUrl),
  'max-webhook-silence-minutes': decimalNumber(0, 24 * 60)
};

type ParsedInputs = z.infer<z.ZodMiniObject<typeof FIELDS>>;

/** One parsed input, or undefined when it does not parse (its own error says why). */
function parsedField<K extends keyof typeof FIELDS>(values: InputRead['values'], name: K): ParsedInputs[K] | undefined {
  const result = z.safeParse(FIELDS[name], values[name]);
  return result.success ? (result.data as ParsedInputs[K]) : undefined;
}

/**
 * Rules across inputs, checked whenever both inputs parse on their own, so every error comes
 * in the same run rather than one run after another.
 */
function crossFieldErrors(read: InputRead): string[] {
  const v = <K extends keyof typeof FIELDS>(name: K) => parsedField(read.values, name);
  const errors: string[] = [];
  const [min, warn] = [v('min-credits'), v('warn-credits')];
  if (min !== undefined && warn !== undefined && warn < min) errors.push(`warn-credits: ${warn} is below min-credits (${min}); it must be at least min-credits`);
  const [latencyWarn, latencyFail] = [v('latency-warn-ms'), v('latency-fail-ms')];
  if (latencyWarn !== undefined && latencyFail !== undefined && latencyWarn > latencyFail) {
    errors.push(`latency-warn-ms: ${latencyWarn} is above latency-fail-ms (${latencyFail}); it must be at most latency-fail-ms`);
  }
  const mode = v('mode');
  if (mode === 'smoke' && v('department-id') === null) errors.push('department-id: is required in smoke mode: the id of the department the test appointment is booked in');
  const timeout = read.sources['timeout-seconds'] === 'input' ? v('timeout-seconds') : undefined;
  const watchMinutes = v('watch-minutes');
  if (mode === 'watch' && timeout !== undefined && watchMinutes !== undefined && timeout < watchMinutes * 60) {
    errors.push(`timeout-seconds: ${timeout} is shorter than watch-minutes (${watchMinutes} min); give at least ${Math.ceil(watchMinutes * 60) + 60}, or leave it unset in watch mode`);
  }
  const interval = v('watch-interval-seconds');
  if (mode === 'watch' && interval !== undefined && watchMinutes !== undefined && interval > watchMinutes * 60) {
    errors.push(`watch-interval-seconds: ${interval} is longer than the watch (watch-minutes ${watchMinutes} = ${watchMinutes * 60} s); the watch would end after one measurement`);
  }
  if (mode === 'smoke' && timeout !== undefined && timeout < MIN_SMOKE_SECONDS) {
    errors.push(`timeout-seconds: ${timeout} is too short for smoke mode; give at least ${MIN_SMOKE_SECONDS}, so the test appointment always has time to be cancelled`);
  }
  return errors;
}

/** Below this a smoke test could book an appointment and have no time left to cancel it. */
const MIN_SMOKE_SECONDS = 10;

const schema = z.object(FIELDS);

/** Seconds a mode needs at most: the watch plus a minute; smoke's two webhook waits plus a minute. */
function modeNeedsSeconds(mode: Settings['mode'], watchSeconds: number, webhookWaitSeconds: number): number {
  if (mode === 'watch') return watchSeconds + 60;
  if (mode === 'smoke') return 2 * webhookWaitSeconds + 60;
  return 0;
}

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
  // Watch and smoke can outlive the default deadline: unless the user set one, it fits the mode.
  const watchSeconds = s['watch-minutes'] * 60;
  const timeoutGiven = read.sources['timeout-seconds'] === 'input';
  const timeoutSeconds = timeoutGiven ? s['timeout-seconds'] : Math.max(s['timeout-seconds'], modeNeedsSeconds(s.mode, watchSeconds, s['webhook-wait-seconds']));
  return {
    ok: true,
    settings: {
      mode: s.mode,
      environment: s.environment,
      apiUrl: s['api-url'],
      apiKey: s['api-key'],
      authScheme: s['auth-scheme'],
      webhookUrl: s['webhook-url'],
      webhookSecret: s['webhook-secret'],
      checks: s.checks,
      requireEnv: s['require-env'],
      apiProbePath: s['api-probe-path'],
      creditsPath: s['credits-path'],
      creditsField: s['credits-field'],
      minCredits: s['min-credits'],
      warnCredits: s['warn-credits'],
      latencySamples: s['latency-samples'],
      latencyWarnMs: s['latency-warn-ms'],
      latencyFailMs: s['latency-fail-ms'],
      webhookTimeoutMs: s['webhook-timeout-ms'],
      allowPrivateWebhook: s['allow-private-webhook'],
      retries: s.retries,
      timeoutSeconds,
      failOn: s['fail-on'],
      prComment: s['pr-comment'],
      githubToken: s['github-token'],
      smoke: {
        departmentId: s['department-id'],
        appointmentDateTime: s['appointment-datetime'],
        appointmentName: s['appointment-name'],
        externalUserId: s['external-user-id'],
        webhookConfirmUrl: s['webhook-confirm-url'] ?? '',
        webhookWaitSeconds: s['webhook-wait-seconds']
      },
      watch: {
        minutes: s['watch-minutes'],
        intervalSeconds: s['watch-interval-seconds'],
        maxErrorRate: s['max-error-rate'],
        errorWindowMinutes: s['error-window-minutes'],
        rollbackLatencyMs: s['rollback-latency-ms'],
        healthUrl: s['health-url'] ?? '',
        maxCreditsPerHour: s['max-credits-per-hour'],
        heartbeatUrl: s['webhook-heartbeat-url'] ?? '',
        maxWebhookSilenceMinutes: s['max-webhook-silence-minutes']
      },
      sources: read.sources
    }
  };
}
