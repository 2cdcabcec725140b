/**
 * Last line of defence for secrets: every string the gate writes passes through here, so a
 * secret echoed by a server, an error or a bug still never reaches a file or the log.
 */
import { escapeInline, escapeSpecials } from './report/markdown.js';

/** The forms a secret can take once it has been put in JSON, a URL, a header or the Markdown summary. */
function variants(secret: string): string[] {
  const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), escapeSpecials(secret), escapeInline(secret)];
  return [...new Set(forms)].filter((f) => f !== '');
}

export type Redactor = (text: string) => string;

/** What a secret becomes; plain words, so no renderer reads it as markup. */
export const REDACTED = '[redacted]';

/** A copy of a JSON-like value with every string redacted, keys included. */
export function redactDeep<T>(value: T, redact: Redactor): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v, redact)])) as T;
  }
  return value;
}

export function makeRedactor(secrets: readonly string[]): Redactor {
  const forms = [...new Set(secrets.filter((s) => s !== '').flatMap(variants))]
    // Longest first, so a secret that contains another is replaced whole.
    .sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const form of forms) out = out.split(form).join(REDACTED);
    return out;
  };
}
