/**
 * Turns the raw inputs into one typed, validated Settings object, or into one error line per
 * bad input ("min-credits: "abc" is not a whole number >= 0"). Nothing else parses inputs.
 */
import * as z from 'zod/mini';
import type { CheckId } from './check-ids.js';
import { crossFieldErrors, fittedTimeoutSeconds } from './cross-field.js';
import { FIELDS } from './fields.js';
import { SECRET_INPUTS, type InputName, type InputRead, type ValueSource } from './inputs.js';
import type { Mode } from './modes.js';

export { UNSET_TIMEOUT_SECONDS } from './cross-field.js';

export interface Settings {
  mode: Mode;
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
  /** The run's deadline: as given, or fitted to the mode when timeout-seconds is unset. */
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

const schema = z.object(FIELDS);

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
  // Watch and smoke can outlive 120 s: unless the user set a deadline, it fits the mode.
  const timeoutSeconds =
    s['timeout-seconds'] ??
    fittedTimeoutSeconds(s.mode, { watchMinutes: s['watch-minutes'], webhookWaitSeconds: s['webhook-wait-seconds'], confirmsWebhooks: s['webhook-confirm-url'] !== null });
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
