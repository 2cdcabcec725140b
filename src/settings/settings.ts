/**
 * Turns the raw inputs into one typed, validated Settings object, or into one error line per
 * bad input ("min-credits: "abc" is not a whole number >= 0"). Nothing else parses inputs.
 */
import { z } from 'zod';
import { isCheckId, PREFLIGHT_CHECKS, type CheckId } from './check-ids.js';
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
  sources: Record<InputName, ValueSource>;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** A user's value, quoted and shortened for an error line. */
export function quoteValue(raw: string): string {
  const short = raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
  return JSON.stringify(short);
}

const splitList = (raw: string): string[] =>
  raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

function oneOf<T extends string>(accepted: readonly T[]) {
  return z.string().transform((raw, ctx): T => {
    const value = raw.toLowerCase();
    if ((accepted as readonly string[]).includes(value)) return value as T;
    ctx.addIssue({ code: 'custom', message: `${quoteValue(raw)} is not one of ${accepted.join(', ')}` });
    return z.NEVER;
  });
}

function wholeNumber(min: number, max: number) {
  return z.string().transform((raw, ctx) => {
    const n = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
    if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `between ${min} and ${max}`;
    ctx.addIssue({ code: 'custom', message: `${quoteValue(raw)} is not a whole number ${range}` });
    return z.NEVER;
  });
}

function decimalNumber(minExclusive: number, max: number) {
  return z.string().transform((raw, ctx) => {
    const n = /^\d{1,9}(\.\d{1,9})?$/.test(raw) ? Number(raw) : NaN;
    if (Number.isFinite(n) && n > minExclusive && n <= max) return n;
    ctx.addIssue({
      code: 'custom',
      message: `${quoteValue(raw)} is not a number greater than ${minExclusive} and at most ${max}`
    });
    return z.NEVER;
  });
}

const booleanInput = z.string().transform((raw, ctx) => {
  const value = raw.toLowerCase();
  if (value === 'true' || value === 'false') return value === 'true';
  ctx.addIssue({ code: 'custom', message: `${quoteValue(raw)} is not true or false` });
  return z.NEVER;
});

/** A path under the API base URL; never a full URL, so the key cannot be sent elsewhere. */
const apiPath = z.string().transform((raw, ctx) => {
  if (raw.startsWith('/') && !raw.startsWith('//') && !/\s/.test(raw)) return raw;
  ctx.addIssue({
    code: 'custom',
    message: `${quoteValue(raw)} is not a path starting with "/" (it is appended to api-url)`
  });
  return z.NEVER;
});

const checkList = z.string().transform((raw, ctx): CheckId[] => {
  const names = splitList(raw).map((s) => s.toLowerCase());
  const unknown = names.filter((n) => !isCheckId(n));
  if (unknown.length > 0) {
    const listed = [...new Set(unknown)].map(quoteValue).join(', ');
    ctx.addIssue({
      code: 'custom',
      message: `unknown check ${listed}; accepted: ${PREFLIGHT_CHECKS.join(', ')}`
    });
    return z.NEVER;
  }
  if (names.length === 0) {
    ctx.addIssue({ code: 'custom', message: `is empty; name at least one of ${PREFLIGHT_CHECKS.join(', ')}` });
    return z.NEVER;
  }
  // Keep the summary's order whatever order the user wrote.
  return PREFLIGHT_CHECKS.filter((id) => names.includes(id));
});

const envNames = z.string().transform((raw, ctx) => {
  const names = raw.split(/[\s,]+/).filter((s) => s !== '');
  const bad = names.filter((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
  if (bad.length === 0) return [...new Set(names)];
  ctx.addIssue({
    code: 'custom',
    message: `${bad.map(quoteValue).join(', ')} ${bad.length === 1 ? 'is not a valid' : 'are not valid'} environment variable name${bad.length === 1 ? '' : 's'} (letters, digits, _)`
  });
  return z.NEVER;
});

const MODES_AVAILABLE = ['preflight'] as const;
const modeInput = z.string().transform((raw, ctx): Settings['mode'] => {
  const value = raw.toLowerCase();
  if ((MODES_AVAILABLE as readonly string[]).includes(value)) return value as Settings['mode'];
  const known = value === 'smoke' || value === 'watch';
  ctx.addIssue({
    code: 'custom',
    message: known
      ? `${quoteValue(raw)} is not available in this version of the gate; accepted: ${MODES_AVAILABLE.join(', ')}`
      : `${quoteValue(raw)} is not one of preflight, smoke, watch`
  });
  return z.NEVER;
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
    'github-token': secret
  })
  .superRefine((s, ctx) => {
    if (s['warn-credits'] < s['min-credits']) {
      ctx.addIssue({
        code: 'custom',
        path: ['warn-credits'],
        message: `${s['warn-credits']} is below min-credits (${s['min-credits']}); it must be at least min-credits`
      });
    }
    if (s['latency-warn-ms'] > s['latency-fail-ms']) {
      ctx.addIssue({
        code: 'custom',
        path: ['latency-warn-ms'],
        message: `${s['latency-warn-ms']} is above latency-fail-ms (${s['latency-fail-ms']}); it must be at most latency-fail-ms`
      });
    }
  });

/** Parses every input; on failure returns one line per bad input, never a secret's value. */
export function parseSettings(read: InputRead): SettingsResult {
  const parsed = schema.safeParse(read.values);
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
      sources: read.sources
    }
  };
}
