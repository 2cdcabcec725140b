/**
 * The secret-leak rule as the tests apply it, independent of the redactor's own code: a leak
 * is any 8 consecutive characters of a secret's random part (the part after its public prefix)
 * in any encoding a server, a proxy or the gate could give it.
 */

export const WINDOW = 8;

const PREFIXES = ['github_pat_', 'mk_live_', 'mk_test_', 'whsec_', 'live_', 'test_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'];

/** The part of a secret that must never be shown: all of it but a public prefix. */
export function randomPartOf(secret: string): string {
  const trimmed = secret.trim();
  const prefix = PREFIXES.find((p) => trimmed.startsWith(p));
  return prefix && trimmed.length - prefix.length >= WINDOW ? trimmed.slice(prefix.length) : trimmed;
}

const pyQuote = (s: string) =>
  encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2F/g, '/');
const phpRaw = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const phpUrlencode = (s: string) => phpRaw(s).replace(/%20/g, '+').replace(/~/g, '%7E');
const jsonSlashes = (s: string) => JSON.stringify(s).slice(1, -1).replace(/\//g, '\\/');
const markdown = (s: string) => s.replace(/[\\`*_[\]<>~$|&!#@]/g, (c) => `\\${c}`);
const htmlHex = (s: string) => [...s].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join('');
const htmlDec = (s: string) => [...s].map((c) => `&#${c.codePointAt(0)};`).join('');
const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');

/** Encodings that map a window to one string (character by character or byte by byte). */
export const ENCODINGS: Record<string, (window: string) => string> = {
  raw: (s) => s,
  upper: (s) => s.toUpperCase(),
  json: (s) => JSON.stringify(s).slice(1, -1),
  'json-slashes': jsonSlashes,
  'uri-component': encodeURIComponent,
  'python-quote': pyQuote,
  'php-rawurlencode': phpRaw,
  'php-urlencode': phpUrlencode,
  markdown,
  'html-hex': htmlHex,
  'html-decimal': htmlDec,
  'json-unicode': (s) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  hex,
  'hex-upper': (s) => hex(s).toUpperCase(),
  spaced: (s) => [...s].join(' '),
  'zero-width-split': (s) => [...s].join('\u200b'),
  'code-points-shown': (s) => [...s].join('<U+200B>'),
  'line-broken': (s) => `${s.slice(0, 4)}\n${s.slice(4)}`
};

/**
 * The base64 characters of a window that do not depend on its neighbours, at each of the three
 * alignments it can have inside a longer encoded text (standard and URL alphabets).
 */
export function base64Windows(window: string): string[] {
  const bytes = Buffer.from(window, 'utf8');
  return [0, 1, 2].flatMap((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes, Buffer.alloc(3)]).toString('base64');
    const core = encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
    return [core, core.replace(/\+/g, '-').replace(/\//g, '_')];
  });
}

/** Every window of the random part, in every encoding: what no output may hold. */
export function forbiddenForms(secret: string): { form: string; text: string }[] {
  const random = randomPartOf(secret);
  const out = new Map<string, string>();
  for (let i = 0; i + WINDOW <= random.length; i++) {
    const window = random.slice(i, i + WINDOW);
    for (const [form, encode] of Object.entries(ENCODINGS)) out.set(encode(window), form);
    for (const b64 of base64Windows(window)) out.set(b64, 'base64');
  }
  return [...out].map(([text, form]) => ({ form, text }));
}

/** The leaks of each secret in the text: empty when none. Case-sensitive except for hex. */
export function findLeaks(text: string, secrets: readonly string[]): { secret: string; form: string; text: string }[] {
  const leaks: { secret: string; form: string; text: string }[] = [];
  for (const secret of secrets) {
    if (secret.trim().length < WINDOW) continue;
    for (const f of forbiddenForms(secret)) if (text.includes(f.text)) leaks.push({ secret, ...f });
  }
  return leaks;
}

/** A seeded pseudo-random generator (mulberry32), so a failing case can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64ISH = `${ALPHANUMERIC}+/=`;
const PUNCTUATED = `${ALPHANUMERIC}-_.~!*'()/+=&%#@$`;

/** A secret shaped like a real one: a real prefix, then random characters from a real alphabet. */
export function generateSecret(random: () => number, length?: number): string {
  const kinds: [string, string][] = [
    ['mk_live_', ALPHANUMERIC],
    ['mk_test_', ALPHANUMERIC],
    ['whsec_', BASE64ISH],
    ['ghs_', ALPHANUMERIC],
    ['ghp_', ALPHANUMERIC],
    ['github_pat_', `${ALPHANUMERIC}_`],
    ['', PUNCTUATED]
  ];
  const [prefix, alphabet] = kinds[Math.floor(random() * kinds.length)]!;
  const size = length ?? 12 + Math.floor(random() * 80);
  let body = '';
  for (let i = 0; i < size; i++) body += alphabet[Math.floor(random() * alphabet.length)];
  return `${prefix}${body}`;
}
