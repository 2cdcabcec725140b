/**
 * What the redactor hunts for: every run of WINDOW characters of every form a secret's random
 * part can take (as typed, upper-cased, hex in either case, base64 and base64url at
 * each of the three byte alignments, with and without JSON escaping), normalised like the text
 * they are looked for in.
 */
import { decodedView, literalView } from './redact-views.js';

/** A run this long of a secret's random part is a leak; shorter ones would garble ordinary words. */
export const WINDOW = 8;

/**
 * Prefixes that say what a secret is, not what it is: shown freely (`mk_live_…`). Longest first.
 * A prefix counts only when at least WINDOW characters follow it.
 */
const PUBLIC_PREFIXES = ['github_pat_', 'mk_live_', 'mk_test_', 'whsec_', 'live_', 'test_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'];

/** The random part of a secret: without its public prefix, unless too little would be left. */
function randomPart(secret: string): string {
  const trimmed = secret.trim();
  const prefix = PUBLIC_PREFIXES.find((p) => trimmed.startsWith(p));
  const rest = prefix ? trimmed.slice(prefix.length) : trimmed;
  return literalView(rest).length >= WINDOW ? rest : trimmed;
}

/**
 * The base64 characters that depend only on `bytes`, for each of the three places the bytes can
 * start in a 3-byte group of a longer encoded text: the characters at both edges also depend on
 * the neighbouring bytes, so they are dropped.
 */
function base64Cores(bytes: Buffer): string[] {
  return [0, 1, 2].map((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes])
      .toString('base64')
      .replace(/=+$/, '');
    const first = Math.ceil((8 * offset) / 6);
    const last = Math.floor((8 * (offset + bytes.length) - 6) / 6);
    return encoded.slice(first, last + 1);
  });
}

/** The byte strings a server may have encoded: the secret as typed and as JSON would escape it. */
function byteForms(random: string): Buffer[] {
  const json = JSON.stringify(random).slice(1, -1);
  return [...new Set([random, json, json.replace(/\//g, '\\/')])].map((s) => Buffer.from(s, 'utf8'));
}

function encodedForms(random: string): string[] {
  return byteForms(random).flatMap((bytes) => {
    const cores = base64Cores(bytes);
    const hex = bytes.toString('hex');
    return [hex, hex.toUpperCase(), ...cores, ...cores.map((core) => core.replace(/\+/g, '-').replace(/\//g, '_'))];
  });
}

/**
 * Every form of each secret's random part, normalised like the text they are looked for in:
 * every WINDOW-character run of each is a leak.
 */
export function secretForms(secrets: readonly string[]): Uint16Array[] {
  const forms: Uint16Array[] = [];
  for (const secret of secrets) {
    if (literalView(secret).length < WINDOW) continue;
    const random = randomPart(secret);
    const literal = literalView(random);
    // Upper-cased too (a server shouting the key); not lower-cased: a secret holding a word would
    // then match that word in ordinary text ("E2Ecomment" in "gate comment").
    for (const view of [
      literal,
      literalView(random.toUpperCase()),
      decodedView(literal, literal.length),
      ...encodedForms(random).map((form) => literalView(form))
    ]) {
      if (view.length >= WINDOW) forms.push(view.codes.subarray(0, view.length));
    }
  }
  return forms;
}
