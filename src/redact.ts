/**
 * Last line of defence for secrets: every string the gate writes passes through here, so a
 * secret echoed by a server, an error or a bug still never reaches a file or the log.
 *
 * One rule instead of a list of forms: no run of 8 characters of a secret's random part, in
 * any form of redact-forms.ts, read through either view of redact-views.ts. Every window is
 * indexed once; a text is scanned in one pass (plus the stretches around encoded tokens) (a rolling hash of 8 characters, checked
 * against the index), and each maximal span the windows cover becomes `[redacted]`.
 */
import { decodedView, literalView, type View } from './redact-views.js';
import { secretForms, WINDOW } from './redact-forms.js';

export type Redactor = (text: string) => string;

/** What a secret becomes; plain words, so no renderer reads it as markup. */
const REDACTED = '[redacted]';

/** A copy of a JSON-like value with every string redacted, keys included. */
export function redactDeep<T>(value: T, redact: Redactor): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v, redact)])) as T;
  }
  return value;
}

/** Bound once: a global looked up in a hot loop is slow where code runs in a VM context (tests). */
const imul = Math.imul;
const BASE = 0x01000193;
let power = 1;
for (let i = 1; i < WINDOW; i++) power = imul(power, BASE);
/** BASE^(WINDOW-1): the weight of the character leaving the rolling window. */
const LEAVING = power;

function hashOf(codes: ArrayLike<number>, from: number): number {
  let h = 0;
  for (let i = from; i < from + WINDOW; i++) h = (imul(h, BASE) + codes[i]!) | 0;
  return h;
}

/** Spreads the hash's bits so a few of them can index the presence filter. */
const mix = (h: number) => imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 12;

interface WindowIndex {
  /** One bit per mixed hash: most positions of ordinary text stop here. */
  filter: Uint32Array;
  /** Hash -> where windows with that hash start in `forms` (form index * 2^32 + offset). */
  byHash: Map<number, number[]>;
  forms: Uint16Array[];
}

/** Positions pack (form, offset): no form comes near 2^32 codes. */
const OFFSET_BITS = 2 ** 32;
const floor = Math.floor;

function sameWindow(a: Uint16Array, from: number, b: Uint16Array, at: number): boolean {
  for (let j = 0; j < WINDOW; j++) if (a[from + j] !== b[at + j]) return false;
  return true;
}

/** Every window of every form, by its rolling hash; a window repeated (a repetitive secret) is kept once. */
function indexWindows(forms: Uint16Array[]): WindowIndex {
  const filter = new Uint32Array(1 << 15);
  const byHash = new Map<number, number[]>();
  forms.forEach((form, f) => {
    let h = hashOf(form, 0);
    for (let i = 0; ; i++) {
      const same = byHash.get(h);
      const known = same?.some((at) => sameWindow(forms[floor(at / OFFSET_BITS)]!, at % OFFSET_BITS, form, i));
      if (!known) {
        const m = mix(h);
        filter[m >>> 5]! |= 1 << (m & 31);
        if (same) same.push(f * OFFSET_BITS + i);
        else byHash.set(h, [f * OFFSET_BITS + i]);
      }
      if (i + WINDOW >= form.length) break;
      h = (imul(h - imul(form[i]!, LEAVING), BASE) + form[i + WINDOW]!) | 0;
    }
  });
  return { filter, byHash, forms };
}

function matchesAt(view: View, i: number, index: WindowIndex, candidates: number[]): boolean {
  return candidates.some((at) => sameWindow(index.forms[floor(at / OFFSET_BITS)]!, at % OFFSET_BITS, view.codes, i));
}

/** The original-text spans (flat start, end pairs, merged, in order) of every indexed window in the view. */
function coverWindows(view: View, index: WindowIndex): number[] {
  const spans: number[] = [];
  if (view.length < WINDOW) return spans;
  const codes = view.codes;
  let h = hashOf(codes, 0);
  for (let i = 0; ; i++) {
    const m = mix(h);
    if (index.filter[m >>> 5]! & (1 << (m & 31))) {
      const candidates = index.byHash.get(h);
      if (candidates && matchesAt(view, i, index, candidates)) {
        const start = view.start[i]!;
        const end = view.end[i + WINDOW - 1]!;
        const last = spans.length - 1;
        if (last > 0 && start <= spans[last]!) spans[last] = end > spans[last]! ? end : spans[last]!;
        else spans.push(start, end);
      }
    }
    if (i + WINDOW >= view.length) return spans;
    h = (imul(h - imul(codes[i]!, LEAVING), BASE) + codes[i + WINDOW]!) | 0;
  }
}

/** The text with each maximal covered span (spans of both views merged) replaced once. */
function replaceSpans(text: string, spans: number[]): string {
  const pairs: [number, number][] = [];
  for (let i = 0; i < spans.length; i += 2) pairs.push([spans[i]!, spans[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (let i = 0; i < pairs.length;) {
    const start = pairs[i]![0];
    let end = pairs[i]![1];
    for (i++; i < pairs.length && pairs[i]![0] <= end; i++) end = Math.max(end, pairs[i]![1]);
    out += text.slice(at, start) + REDACTED;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Redactors already made, by their secrets: the log, the API clients and the problem texts of a
 * run all redact the same secrets, and the index is the costly part. Sharing one is safe: a
 * redactor runs to its end before another text can reach it.
 */
const made = new Map<string, Redactor>();
const MAX_MADE = 8;

export function makeRedactor(secrets: readonly string[]): Redactor {
  const given = secrets.filter((s) => s !== '');
  const key = [...given].sort().join('\u0000');
  let redactor = made.get(key);
  if (!redactor) {
    if (made.size >= MAX_MADE) made.delete(made.keys().next().value!);
    made.set(key, (redactor = buildRedactor(given)));
  }
  return redactor;
}

/** How each redactor builds its index ahead of its first text (prepareRedactor). */
const preparers = new WeakMap<Redactor, () => void>();

/**
 * Builds a redactor's index now rather than for its first text: for a moment when the run only
 * waits on the network (preflight's samples), so the cost is off the way to the verdict.
 */
export function prepareRedactor(redact: Redactor): void {
  preparers.get(redact)?.();
}

/**
 * Secrets longer than this in all are indexed when the redactor is made. Building their index
 * takes about 10 ms per 1,000 characters: later, it would hold back the answer that arrives
 * meanwhile (and count in a latency sample); secrets of the usual length take a few milliseconds.
 */
const INDEX_AT_ONCE_CHARS = 512;

function buildRedactor(secrets: readonly string[]): Redactor {
  // Built for the first text long enough to hold a window (or when prepared), not before: a run
  // makes its redactor before its first request, and that request should leave first.
  let index: WindowIndex | null | undefined;
  const prepare = () => {
    if (index !== undefined) return;
    const forms = secretForms(secrets);
    index = forms.length === 0 ? null : indexWindows(forms);
  };
  if (secrets.reduce((chars, secret) => chars + secret.length, 0) > INDEX_AT_ONCE_CHARS) prepare();
  // Reused from one text to the next: each is read at once, and the redactor sees every line.
  let literal: View | undefined;
  let decoded: View | undefined;
  const redact: Redactor = (text) => {
    if (text.length < WINDOW) return text;
    prepare();
    if (!index) return text;
    literal = literalView(text, literal);
    // Only around a decoded token can the decoded view hold a window the literal one does not.
    decoded = decodedView(literal, WINDOW, decoded);
    const spans = [...coverWindows(literal, index), ...coverWindows(decoded, index)];
    return spans.length === 0 ? text : replaceSpans(text, spans);
  };
  preparers.set(redact, prepare);
  return redact;
}
