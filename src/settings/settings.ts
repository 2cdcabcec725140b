/**
 * Turns the raw inputs into one typed, validated Settings object, or into one error line per
 * bad input ("min-credits: "abc" is not a whole number >= 0"). Nothing else parses inputs.
 */
import * as z from 'zod/mini';
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

type Parsed<T> = { value: T } | { error: string };

/** A string input parsed by `parse`; its error message becomes the input's one error line. */
function field<T>(parse: (raw: string) => Parsed<T>) {
  return z.pipe(
    z.string(),
    z.transform((raw: string, payload): T => {
      const result = parse(raw);
      if ('value' in result) return result.value;
      payload.issues.push({ code: 'custom', message: result.error, input: raw });
      return z.NEVER;
    })
  );
}

function oneOf<T extends string>(accepted: readonly T[]) {
  return field((raw): Parsed<T> => {
    const value = raw.toLowerCase();
    return (accepted as readonly string[]).includes(value)
      ? { value: value as T }
      : { error: `${quoteValue(raw)} is not one of ${accepted.join(', ')}` };
  });
}

function wholeNumber(min: number, max: number) {
  return field((raw): Parsed<number> => {
    const n = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
    if (Number.isSafeInteger(n) && n >= min && n <= max) return { value: n };
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `between ${min} and ${max}`;
    return { error: `${quoteValue(raw)} is not a whole number ${range}` };
  });
}

function decimalNumber(minExclusive: number, max: number) {
  return field((raw): Parsed<number> => {
    const n = /^\d{1,9}(\.\d{1,9})?$/.test(raw) ? Number(raw) : NaN;
    if (Number.isFinite(n) && n > minExclusive && n <= max) return { value: n };
    return { error: `${quoteValue(raw)} is not a number greater than ${minExclusive} and at most ${max}` };
  });
}

const booleanInput = field((raw): Parsed<boolean> => {
  const value = raw.toLowerCase();
  if (value === 'true' || value === 'false') return { value: value === 'true' };
  return { error: `${quoteValue(raw)} is not true or false` };
});

/** A path under the API base URL; never a full URL, so the key cannot be sent elsewhere. */
const apiPath = field((raw): Parsed<string> =>
  raw.startsWith('/') && !raw.startsWith('//') && !/\s/.test(raw)
    ? { value: raw }
    : { error: `${quoteValue(raw)} is not a path starting with "/" (it is appended to api-url)` }
);

const fieldPath = field((raw): Parsed<string> =>
  /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(raw)
    ? { value: raw }
    : { error: `${quoteValue(raw)} is not a field name or dotted path such as availableCredits` }
);

const checkList = field((raw): Parsed<CheckId[]> => {
  const names = splitList(raw).map((s) => s.toLowerCase());
  const unknown = [...new Set(names.filter((n) => !isCheckId(n)))];
  if (unknown.length > 0) {
    return { error: `unknown check ${unknown.map(quoteValue).join(', ')}; accepted: ${PREFLIGHT_CHECKS.join(', ')}` };
  }
  if (names.length === 0) return { error: `is empty; name at least one of ${PREFLIGHT_CHECKS.join(', ')}` };
  // Keep the summary's order whatever order the user wrote.
  return { value: PREFLIGHT_CHECKS.filter((id) => names.includes(id)) };
});

const envNames = field((raw): Parsed<string[]> => {
  const names = raw.split(/[\s,]+/).filter((s) => s !== '');
  const bad = names.filter((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
  if (bad.length === 0) return { value: [...new Set(names)] };
  const plural = bad.length > 1;
  return {
    error: `${bad.map(quoteValue).join(', ')} ${plural ? 'are not valid environment variable names' : 'is not a valid environment variable name'} (letters, digits, _)`
  };
});

const MODES_AVAILABLE = ['preflight'] as const;
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
    'github-token': secret
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
      sources: read.sources
    }
  };
}
