/**
 * Why a captured delivery's signature does not match, in the words of the verifier mistake that
 * explains it: the `sha256=` prefix dropped or doubled, the header pasted with its name, a body
 * re-serialised before hashing or capture, a trailing newline added or lost, or — when none of
 * these explains it — another secret. Pure: secret, body and header value in, verdict out.
 */
import { timingSafeEqual } from 'node:crypto';
import { SIGNATURE_HEADER, sign } from '../webhook/signature.js';

export type Trap =
  | 'header-name'
  | 'prefix-missing'
  | 'prefix-doubled'
  | 'reserialised-compact'
  | 'reserialised-pretty'
  | 'reserialised-ascii'
  | 'reserialised-python'
  | 'reserialised-php'
  | 'newline-added'
  | 'newline-removed'
  | 'secret-whitespace';

export type SignatureVerdict =
  | { valid: true }
  /** Valid once these mistakes are undone. */
  | { valid: false; kind: 'explained'; traps: Trap[] }
  /** Not of the form `sha256=<64 hex digits>` even after the known mistakes. */
  | { valid: false; kind: 'malformed'; reason: string }
  /** Well formed, and no known mistake explains it: another secret, or another body. */
  | { valid: false; kind: 'unexplained' };

const HEX = /^[0-9a-f]{64}$/i;
const PREFIX = 'sha256=';

/** Non-ASCII as \uXXXX (UTF-16 units, as Python's ensure_ascii and PHP's json_encode write it). */
const asciiEscaped = (json: string) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Python's json.dumps defaults: `, ` and `: ` separators, ensure_ascii. */
function pythonDumps(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonDumps).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${asciiEscaped(JSON.stringify(k))}: ${pythonDumps(v)}`).join(', ')}}`;
  }
  return asciiEscaped(JSON.stringify(value));
}

/** The bodies a verifier or a capture may have hashed instead of the bytes that were signed. */
function reserialisations(raw: Buffer): [Trap, Buffer][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    return [];
  }
  const forms: [Trap, string][] = [
    ['reserialised-compact', JSON.stringify(parsed)],
    ['reserialised-pretty', JSON.stringify(parsed, null, 2)],
    ['reserialised-ascii', asciiEscaped(JSON.stringify(parsed))],
    ['reserialised-python', pythonDumps(parsed)],
    ['reserialised-php', asciiEscaped(JSON.stringify(parsed)).replace(/\//g, '\\/')]
  ];
  return forms.map(([trap, text]) => [trap, Buffer.from(text, 'utf8')] as [Trap, Buffer]).filter(([, body]) => !body.equals(raw));
}

function newlineVariants(raw: Buffer): [Trap, Buffer][] {
  const text = raw.toString('latin1');
  const variants: [Trap, Buffer][] = [['newline-removed', Buffer.concat([raw, Buffer.from('\n')])]];
  const trimmed = text.replace(/\r?\n$/, '');
  if (trimmed !== text) variants.unshift(['newline-added', Buffer.from(trimmed, 'latin1')]);
  return variants;
}

/** The hex digest the value carries, with the mistakes its form shows, or why it is not a signature. */
function readDigest(value: string): { hex: string; traps: Trap[] } | string {
  // Surrounding blanks are the shell's or the copy's, never the header's (HTTP trims them).
  let v = value.trim();
  const traps: Trap[] = [];
  const named = new RegExp(`^${SIGNATURE_HEADER}\\s*:\\s*`, 'i');
  if (named.test(v)) {
    v = v.replace(named, '');
    traps.push('header-name');
  }
  let hex: string;
  if (v.toLowerCase().startsWith(PREFIX + PREFIX)) {
    hex = v.slice(PREFIX.length * 2);
    traps.push('prefix-doubled');
  } else if (v.toLowerCase().startsWith(PREFIX)) hex = v.slice(PREFIX.length);
  else if (HEX.test(v)) {
    hex = v;
    traps.push('prefix-missing');
  } else return v === '' ? 'the value is empty' : `expected ${PREFIX}<64 hex digits>, got ${v.length} characters not of that form`;
  if (!HEX.test(hex)) return `after ${PREFIX}, expected 64 hex digits, got ${hex.length} characters${/^[0-9a-f]*$/i.test(hex) ? '' : ', not all hex'}`;
  return { hex, traps };
}

const matches = (hex: string, secret: string, body: Buffer) =>
  timingSafeEqual(Buffer.from(hex, 'hex'), Buffer.from(sign(secret, body).slice(PREFIX.length), 'hex'));

export function analyseSignature(secret: string, body: Buffer, headerValue: string): SignatureVerdict {
  const digest = readDigest(headerValue);
  if (typeof digest === 'string') return { valid: false, kind: 'malformed', reason: digest };
  const { hex, traps } = digest;
  if (matches(hex, secret, body)) return traps.length === 0 ? { valid: true } : { valid: false, kind: 'explained', traps };
  const variants: [Trap, string, Buffer][] = [
    ...newlineVariants(body).map(([t, b]): [Trap, string, Buffer] => [t, secret, b]),
    ...reserialisations(body).map(([t, b]): [Trap, string, Buffer] => [t, secret, b]),
    ['secret-whitespace', secret.trim(), body]
  ];
  for (const [trap, key, variant] of variants) {
    if (key !== '' && matches(hex, key, variant) && !(trap === 'secret-whitespace' && key === secret)) {
      return { valid: false, kind: 'explained', traps: [...traps, trap] };
    }
  }
  return { valid: false, kind: 'unexplained' };
}

/** One sentence per mistake: what happened and what to do. */
export const TRAP_TEXT: Record<Trap, string> = {
  'header-name': `the value includes the header's name: a verifier compares only the value, sha256=<hex>, not "${SIGNATURE_HEADER}: ...".`,
  'prefix-missing': `the value lacks the sha256= prefix MONCRENEAU sends; a verifier that compares the whole header with the bare hex (or the other way round) never matches: compare sha256=<hex> with sha256=<hex>.`,
  'prefix-doubled': 'the value has sha256= twice: the code adds the prefix to a header that already carries it.',
  'reserialised-compact': 'the signature matches the body re-serialised as compact JSON (JSON.stringify(JSON.parse(body))), not these bytes: the body was parsed and written again before it was hashed or captured. Hash the raw request body, before any JSON parsing.',
  'reserialised-pretty': 'the signature matches the body re-serialised as indented JSON, not these bytes: the body was parsed and pretty-printed before it was captured. Hash and keep the raw request body.',
  'reserialised-ascii': 'the signature matches the body with non-ASCII written as \\uXXXX, not these bytes: the body was parsed and written again. Hash the raw request body.',
  'reserialised-python': `the signature matches the body as Python's json.dumps writes it (", " and ": " separators), not these bytes: the body was parsed and dumped again. Hash request.get_data() (the raw bytes).`,
  'reserialised-php': 'the signature matches the body as PHP\'s json_encode writes it (\\/ for /, \\uXXXX), not these bytes: the body was decoded and encoded again. Hash file_get_contents(\'php://input\').',
  'newline-added': 'the file ends with a line break the delivery did not have (editors and echo add one): remove it, or capture the body byte for byte.',
  'newline-removed': 'the delivery ended with a line break this file lacks: capture the body byte for byte.',
  'secret-whitespace': 'the signature matches the secret without its surrounding whitespace: MONCRENEAU_WEBHOOK_SECRET carries spaces or a line break that the real secret does not.'
};

export const UNEXPLAINED_TEXT =
  'no known verifier mistake explains it (prefix, header name, re-serialised body, trailing newline): the delivery was signed with another secret — check MONCRENEAU_WEBHOOK_SECRET against this endpoint\'s secret in the dashboard (Settings > Webhooks), and whether it was rotated — or the body was changed after it arrived.';
