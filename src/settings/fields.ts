/** One parser per input (the shape of the settings), each naming its own bad values. */
import * as z from 'zod/mini';
import {
  apiPath,
  booleanInput,
  checkList,
  decimalNumber,
  envNames,
  field,
  fieldPath,
  oneOf,
  optional,
  parseDecimal,
  parseConfirmTemplate,
  parseAbsoluteUrl,
  parseLocalDateTime,
  parseRate,
  parseWholeNumber,
  wholeNumber,
  type Parsed
} from './parsers.js';
import type { InputRead } from './inputs.js';
import { MODE_NAMES } from './modes.js';

/** Real keys and secrets are long; a short one would also be impossible to keep out of the output. */
const MIN_SECRET_LENGTH = 12;
/** Far above any real key or signing secret: a longer value is a file pasted by mistake. */
const MAX_SECRET_LENGTH = 4096;
const secret = field((raw): Parsed<string> => {
  if (raw === '') return { value: raw };
  if (raw.trim().length < MIN_SECRET_LENGTH) {
    return { error: `is too short to be a real secret (fewer than ${MIN_SECRET_LENGTH} characters); check that the right secret is passed` };
  }
  if (raw.length > MAX_SECRET_LENGTH) {
    return { error: `is too long to be a real secret (more than ${MAX_SECRET_LENGTH} characters); check that the right secret is passed` };
  }
  return { value: raw };
});
const HOUR_MS = 3_600_000;

/** One parser per input: the shape of the settings. */
export const FIELDS = {
  mode: oneOf(MODE_NAMES),
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
  // Null (unset, or the empty string the runner passes): fitted to the mode.
  'timeout-seconds': optional((raw) => parseDecimal(raw, 0, 6 * 3600)),
  'fail-on': oneOf(['failure', 'warning'] as const),
  'pr-comment': booleanInput,
  // Checked by the comment, the one thing that uses it: a token no comment needs cannot block a run.
  'github-token': z.string(),
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

export type ParsedInputs = z.infer<z.ZodMiniObject<typeof FIELDS>>;

/** One parsed input, or undefined when it does not parse (its own error says why). */
export function parsedField<K extends keyof typeof FIELDS>(values: InputRead['values'], name: K): ParsedInputs[K] | undefined {
  const result = z.safeParse(FIELDS[name], values[name]);
  return result.success ? (result.data as ParsedInputs[K]) : undefined;
}

