/**
 * Last line of defence for secrets: every string the gate writes passes through here, so a
 * secret echoed by a server, an error or a bug still never reaches a file or the log.
 */
import { escapeInline, escapeSpecials } from './report/markdown.js';

/** Shorter pieces are not hunted for: they would garble ordinary words (settings refuse such secrets). */
const MIN_REDACTED_LENGTH = 8;

/** The forms a secret can take once trimmed, split into lines, put in JSON, a URL, base64 or Markdown. */
function variants(secret: string): string[] {
  const pieces = [secret, secret.trim(), ...secret.split(/\r?\n/).map((line) => line.trim())];
  const forms = pieces.flatMap((s) => [
    s,
    JSON.stringify(s).slice(1, -1),
    encodeURIComponent(s),
    Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, ''),
    Buffer.from(s, 'utf8').toString('base64url'),
    escapeSpecials(s),
    escapeInline(s)
  ]);
  return [...new Set(forms)].filter((f) => f.length >= MIN_REDACTED_LENGTH);
}

export type Redactor = (text: string) => string;

/** What a secret becomes; plain words, so no renderer reads it as markup. */
const REDACTED = '[redacted]';

/** A copy of a JSON-like value with every string value redacted (keys are the gate's own). */
export function redactDeep<T>(value: T, redact: Redactor): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)])) as T;
  }
  return value;
}

const MAX_PATTERN_LENGTH = 8192;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function makeRedactor(secrets: readonly string[]): Redactor {
  const forms = [...new Set(secrets.filter((s) => s !== '').flatMap(variants))]
    // Longest first, so a secret that contains another is replaced whole.
    .sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => text;
  // One pattern per form, longest first (a single alternation of long secrets can exceed what
  // the regex engine compiles). Case-insensitive: an upper-cased echo gets nothing through.
  // Beyond a few KB (a value settings refuse anyway) a pattern could fail to compile: exact match.
  const replacers = forms.map((form): Redactor => {
    if (form.length > MAX_PATTERN_LENGTH) return (text) => text.split(form).join(REDACTED);
    const pattern = new RegExp(escapeRegExp(form), 'gi');
    return (text) => text.replace(pattern, REDACTED);
  });
  return (text) => replacers.reduce((out, replace) => replace(out), text);
}
