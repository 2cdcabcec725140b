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
  parseLocalDateTime,
  parseWholeNumber,
  wholeNumber,
  type Parsed
} from './parsers.js';

export { quoteValue };
import { SECRET_INPUTS, type InputName, type InputRead, type ValueSource } from './inputs.js';

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
  sources: Record<InputName, ValueSource>;
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

const MODES_AVAILABLE = ['preflight', 'smoke'] as const;
const modeInput = field((raw): Parsed<Settings['mode']> => {
  const value = raw.toLowerCase();
  if ((MODES_AVAILABLE as readonly string[]).includes(value)) return { value: value as Settings['mode'] };
  const known = value === 'smoke' || value === 'watch';
  return {
    error: known
      ? `${quoteValue(raw)} is not available in this version of the gate; accepted: ${MODES_AVAILABLE.join(', ')}`
      : `${quoteValue(raw)} is not one of preflight, smoke, watch`
  };
});

const secret = z.string();
const HOUR_MS = 3_600_000;

const schema = z
  .object({
    mode: modeInput,
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
    'appointment-name': field((raw): Parsed<string> => (raw === '' ? { error: 'must not be empty' } : { value: raw })),
    'external-user-id': field((raw): Parsed<string> => (raw === '' ? { error: 'must not be empty' } : { value: raw })),
    'webhook-confirm-url': optional(parseConfirmTemplate),
    'webhook-wait-seconds': decimalNumber(0, 3600)
  })
  .check(
    z.superRefine((s, ctx) => {
    if (s['warn-credits'] < s['min-credits']) {
      ctx.addIssue({
        code: 'custom',
        path: ['warn-credits'],
        message: `${s['warn-credits']} is below min-credits (${s['min-credits']}); it must be at least min-credits`
      });
    }
    if (s.mode === 'smoke' && s['department-id'] === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['department-id'],
        message: 'is required in smoke mode: the id of the department the test appointment is booked in'
      });
    }
    if (s['latency-warn-ms'] > s['latency-fail-ms']) {
      ctx.addIssue({
        code: 'custom',
        path: ['latency-warn-ms'],
        message: `${s['latency-warn-ms']} is above latency-fail-ms (${s['latency-fail-ms']}); it must be at most latency-fail-ms`
      });
    }
    })
  );

/** Parses every input; on failure returns one line per bad input, never a secret's value. */
export function parseSettings(read: InputRead): SettingsResult {
  const parsed = z.safeParse(schema, read.values);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'inputs');
      // Zod's own messages could quote a value; for secrets only our fixed text is allowed.
      const message = SECRET_INPUTS.includes(name as InputName) ? 'is not a valid value' : issue.message;
      return `${name}: ${message}`;
    });
    return { ok: false, errors: [...new Set(errors)] };
  }
  const s = parsed.data;
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
      timeoutSeconds: s['timeout-seconds'],
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
      sources: read.sources
    }
  };
}
