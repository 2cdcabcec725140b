/**
 * Parsers for single inputs: each turns the runner's string into a typed value, or into the
 * one-line error a user reads ("min-credits: "abc" is not a whole number >= 0").
 */
import { isCheckId, PREFLIGHT_CHECKS, type CheckId } from './check-ids.js';

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

export type Parsed<T> = { value: T } | { error: string };

/** The runner's string -> the setting, or the input's one error line. */
export type Parser<T> = (raw: string) => Parsed<T>;

/** What a parser gives when its input parses. */
export type ParsedValue<P> = P extends Parser<infer T> ? T : never;

/** Any string, as given. */
export const text: Parser<string> = (raw) => ({ value: raw });

export function oneOf<T extends string>(accepted: readonly T[]): Parser<T> {
  return (raw) => {
    const value = raw.toLowerCase();
    return (accepted as readonly string[]).includes(value) ? { value: value as T } : { error: `${quoteValue(raw)} is not one of ${accepted.join(', ')}` };
  };
}

export function parseWholeNumber(raw: string, min: number, max = Number.MAX_SAFE_INTEGER): Parsed<number> {
  const n = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isSafeInteger(n) && n >= min && n <= max) return { value: n };
  const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `between ${min} and ${max}`;
  return { error: `${quoteValue(raw)} is not a whole number ${range}` };
}

export function wholeNumber(min: number, max: number): Parser<number> {
  return (raw) => parseWholeNumber(raw, min, max);
}

export function parseDecimal(raw: string, minExclusive: number, max: number): Parsed<number> {
  const n = /^\d{1,9}(\.\d{1,9})?$/.test(raw) ? Number(raw) : NaN;
  if (Number.isFinite(n) && n > minExclusive && n <= max) return { value: n };
  return { error: `${quoteValue(raw)} is not a number greater than ${minExclusive} and at most ${max}` };
}

export function decimalNumber(minExclusive: number, max: number): Parser<number> {
  return (raw) => parseDecimal(raw, minExclusive, max);
}

export const booleanInput: Parser<boolean> = (raw) => {
  const value = raw.toLowerCase();
  if (value === 'true' || value === 'false') return { value: value === 'true' };
  return { error: `${quoteValue(raw)} is not true or false` };
};

/** A path under the API base URL; never a full URL, so the key cannot be sent elsewhere. */
export const apiPath: Parser<string> = (raw) =>
  raw.startsWith('/') && !raw.startsWith('//') && !/\s/.test(raw)
    ? { value: raw }
    : { error: `${quoteValue(raw)} is not a path starting with "/" (it is appended to api-url)` };

export const fieldPath: Parser<string> = (raw) =>
  /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(raw)
    ? { value: raw }
    : { error: `${quoteValue(raw)} is not a field name or dotted path such as availableCredits` };

export const checkList: Parser<CheckId[]> = (raw) => {
  const written = splitList(raw);
  const names = written.map((s) => s.toLowerCase());
  // Named as the user wrote them, so they can find them in their workflow.
  const unknown = [...new Set(written.filter((n) => !isCheckId(n.toLowerCase())))];
  if (unknown.length > 0) {
    const spaced = unknown.some((n) => /\s/.test(n)) ? ' (separate names with commas or new lines)' : '';
    return { error: `unknown check ${unknown.map(quoteValue).join(', ')}; accepted: ${PREFLIGHT_CHECKS.join(', ')}${spaced}` };
  }
  if (names.length === 0) return { error: `is empty; name at least one of ${PREFLIGHT_CHECKS.join(', ')}` };
  // Keep the summary's order whatever order the user wrote.
  return { value: PREFLIGHT_CHECKS.filter((id) => names.includes(id)) };
};

/** The names in require-env's value, as written (separated by commas, spaces or new lines). */
export const splitEnvNames = (raw: string): string[] => raw.split(/[\s,]+/).filter((s) => s !== '');

export const envNames: Parser<string[]> = (raw) => {
  const names = splitEnvNames(raw);
  const bad = names.filter((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
  if (bad.length === 0) return { value: [...new Set(names)] };
  const plural = bad.length > 1;
  return {
    error: `${bad.map(quoteValue).join(', ')} ${plural ? 'are not valid environment variable names' : 'is not a valid environment variable name'} (letters, digits, _)`
  };
};

/** Empty stays null ("use the default"); anything else must parse. */
export function optional<T>(parse: Parser<T>): Parser<T | null> {
  return (raw) => (raw === '' ? { value: null } : parse(raw));
}

/** Empty stays '' ("none"); anything else must parse. */
export function emptyOr(parse: Parser<string>): Parser<string> {
  return (raw) => (raw === '' ? { value: '' } : parse(raw));
}

/** Real keys and secrets are long; a short one would also be impossible to keep out of the output. */
const MIN_SECRET_LENGTH = 12;
/** Far above any real key or signing secret: a longer value is a file pasted by mistake. */
const MAX_SECRET_LENGTH = 4096;

/** A key or signing secret, used exactly as given (it is not trimmed); empty: not given. */
export const secret: Parser<string> = (raw) => {
  if (raw === '') return { value: raw };
  if (raw.trim().length < MIN_SECRET_LENGTH) {
    return { error: `is too short to be a real secret (fewer than ${MIN_SECRET_LENGTH} characters); check that the right secret is passed` };
  }
  if (raw.length > MAX_SECRET_LENGTH) {
    return { error: `is too long to be a real secret (more than ${MAX_SECRET_LENGTH} characters); check that the right secret is passed` };
  }
  return { value: raw };
};

/** Local date and time without a zone, as the API expects: 2026-02-15T10:00:00. */
export function parseLocalDateTime(raw: string): Parsed<string> {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(raw);
  const bad = { error: `${quoteValue(raw)} is not a local date and time such as 2026-02-15T10:00:00 (no zone)` };
  if (!m) return bad;
  const [y, mo, d, h, mi] = m.slice(1, 6) as [string, string, string, string, string];
  const se = m[6] ?? '00';
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se)));
  const same = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
  if (!same || Number(h) > 23 || Number(mi) > 59 || Number(se) > 59) return bad;
  return { value: `${y}-${mo}-${d}T${h}:${mi}:${se}` };
}

/** A URL template with {appointmentId} and {event}, and no other placeholder. */
export function parseConfirmTemplate(raw: string): Parsed<string> {
  const placeholders = raw.match(/\{[^}]*\}/g) ?? [];
  const unknown = placeholders.filter((p) => p !== '{appointmentId}' && p !== '{event}');
  if (unknown.length > 0) return { error: `has the unknown placeholder ${unknown[0]}; use {appointmentId} and {event}` };
  if (!raw.includes('{appointmentId}') || !raw.includes('{event}')) {
    return { error: 'must contain both {appointmentId} and {event}, e.g. https://app.example/moncreneau/confirm/{appointmentId}/{event}' };
  }
  const sample = parseAbsoluteUrl(raw.replaceAll('{appointmentId}', '1').replaceAll('{event}', 'appointment.created'));
  return 'value' in sample ? { value: raw } : { error: 'is not an absolute http(s) URL template' };
}

/** A fraction such as 0.1, from 0 to 1. */
export function parseRate(raw: string): Parsed<number> {
  const n = /^(0(\.\d{1,6})?|1(\.0{1,6})?|\.\d{1,6})$/.test(raw) ? Number(raw) : NaN;
  return Number.isFinite(n) ? { value: n } : { error: `${quoteValue(raw)} is not a rate between 0 and 1, such as 0.1` };
}

/** An absolute http(s) URL with nothing left to fill in. */
export function parseAbsoluteUrl(raw: string): Parsed<string> {
  if (/\{[^}]*\}/.test(raw)) return { error: 'still contains a placeholder in braces' };
  try {
    const url = new URL(raw);
    if (url.protocol === 'https:' || url.protocol === 'http:') return { value: raw };
  } catch {
    /* reported below */
  }
  return { error: 'is not an absolute http(s) URL' };
}
