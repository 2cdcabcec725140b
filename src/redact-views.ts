/**
 * Normalised views of a text, for the redactor: the characters a reader would still read as
 * the secret once spacing, escaping and encoding are set aside, each mapped back to the span
 * of the original text it came from. Two views:
 * - literal: white space, invisible characters and escaping backslashes dropped (a secret split
 *   by spaces or line breaks, JSON `\/`, Markdown `\_`); case is kept, so ordinary words seldom
 *   match (the secret's upper-cased form is hunted as well);
 * - decoded: the literal view with `%XX`, `\uXXXX`, `\xXX`, `\n`, `\r`, `\t`, `&#x..;`, `&#..;`,
 *   `&amp;`-style entities and the gate's own `<U+XXXX>` read as the character they stand for
 *   (Python, PHP and JavaScript percent-encoding, HTML entities, escaped JSON).
 */

export interface View {
  /** Character codes. */
  codes: Uint16Array;
  /** For each code, where its source starts and ends in the original text. */
  start: Int32Array;
  end: Int32Array;
  length: number;
}

/** Code units that carry no visible character: white space, controls, format characters. */
const IGNORABLE = new Uint8Array(0x10000);
for (const [from, to] of [
  [0x00, 0x20],
  [0x7f, 0xa0],
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x600, 0x605],
  [0x61c, 0x61c],
  [0x6dd, 0x6dd],
  [0x70f, 0x70f],
  [0x115f, 0x1160],
  [0x1680, 0x1680],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x206f],
  [0x3000, 0x3000],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffb]
]) {
  IGNORABLE.fill(1, from!, to! + 1);
}

const BACKSLASH = 0x5c;
const fold = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

function hexValue(codes: ArrayLike<number>, from: number, count: number, limit: number): number {
  if (count <= 0 || from + count > limit) return -1;
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = fold(codes[i]!);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/** JSON's escaped line breaks and tab: white space once decoded, so a split secret still joins. */
const ESCAPED_SPACE: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09 };

/**
 * A backslash that starts `\uXXXX`, `\xXX`, `\n`, `\r` or `\t` is kept for the decoded view; any
 * other escapes nothing visible.
 */
function startsCodeEscape(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (ESCAPED_SPACE[next] !== undefined) return true;
  const digits = (next | 32) === 0x75 ? 4 : (next | 32) === 0x78 ? 2 : 0;
  return digits > 0 && i + 2 + digits <= text.length && /^[0-9a-f]+$/i.test(text.slice(i + 2, i + 2 + digits));
}

/** Codes read past a view's end by the token decoder: kept zero, whatever a reused view held there. */
const READ_PAST_END = 2;

/**
 * An empty view with room for `n` codes: `reuse`'s memory when it has the room (the redactor
 * views every line it is given, and fresh arrays each time pile up garbage), else new arrays.
 */
function viewWithRoom(n: number, reuse?: View): View {
  const room = n + READ_PAST_END;
  if (reuse && reuse.codes.length >= room) {
    reuse.length = 0;
    return reuse;
  }
  const size = reuse ? Math.max(room, reuse.codes.length * 2) : room;
  return { codes: new Uint16Array(size), start: new Int32Array(size), end: new Int32Array(size), length: 0 };
}

/** Zeroes what the decoder may read past the end (a reused view still holds old codes there). */
function sealed(view: View): View {
  view.codes.fill(0, view.length, view.length + READ_PAST_END);
  return view;
}

/** The literal view; `reuse` (a view no longer needed) lends its memory. */
export function literalView(text: string, reuse?: View): View {
  const n = text.length;
  const view = viewWithRoom(n, reuse);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (IGNORABLE[c]) continue;
    if (c === BACKSLASH && !startsCodeEscape(text, i)) continue;
    // Invisible tag characters (U+E0000–U+E007F): a surrogate pair that shows nothing.
    if (c === 0xdb40 && (text.charCodeAt(i + 1) & 0xff80) === 0xdc00) {
      i++;
      continue;
    }
    view.codes[k] = c;
    view.start[k] = i;
    view.end[k] = i + 1;
    k++;
  }
  view.length = k;
  return sealed(view);
}

/** Named entities a character of a secret may be written as. */
const ENTITIES = new Map<string, number>([
  ['amp', 0x26],
  ['lt', 0x3c],
  ['gt', 0x3e],
  ['quot', 0x22],
  ['apos', 0x27],
  ['nbsp', 0xa0],
  ['sol', 0x2f],
  ['plus', 0x2b],
  ['equals', 0x3d],
  ['percnt', 0x25],
  ['num', 0x23]
]);

function indexOfCode(codes: Uint16Array, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (codes[i] === code) return i;
  return -1;
}

function decimalValue(codes: Uint16Array, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = codes[i]! - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return to > from ? value : -1;
}

/** `&#x..;`, `&#..;` or `&name;` at i: its character and length (codes), packed, or -1. */
function entityAt(codes: Uint16Array, i: number, n: number): number {
  const semi = indexOfCode(codes, 0x3b, i + 2, i + 12 < n ? i + 12 : n);
  if (semi < 0) return -1;
  let value: number;
  if (codes[i + 1] === 0x23) value = (codes[i + 2]! | 32) === 0x78 ? hexValue(codes, i + 3, semi - i - 3, n) : decimalValue(codes, i + 2, semi);
  else value = ENTITIES.get(String.fromCharCode(...codes.subarray(i + 1, semi)).toLowerCase()) ?? -1;
  return value >= 0 && value <= 0x10ffff ? value * 16 + (semi - i + 1) : -1;
}

/**
 * The character an encoded token at `i` stands for and the codes it spans, packed as
 * `value * 16 + length`, or -1 when no token starts there.
 */
function decodeAt(v: View, i: number, n: number): number {
  const codes = v.codes;
  const c = codes[i]!;
  if (c === 0x25) {
    const value = hexValue(codes, i + 1, 2, n);
    return value >= 0 && value < 0x80 ? value * 16 + 3 : -1;
  }
  if (c === BACKSLASH) {
    const space = ESCAPED_SPACE[codes[i + 1]!];
    if (space !== undefined) return space * 16 + 2;
    const digits = (codes[i + 1]! | 32) === 0x75 ? 4 : 2;
    const value = hexValue(codes, i + 2, digits, n);
    return value >= 0 ? value * 16 + digits + 2 : -1;
  }
  if (c === 0x26) return entityAt(codes, i, n);
  if (c === 0x3c && (codes[i + 1]! | 32) === 0x75 && codes[i + 2] === 0x2b) {
    const close = indexOfCode(codes, 0x3e, i + 7, i + 10 < n ? i + 10 : n);
    const value = close > 0 ? hexValue(codes, i + 3, close - i - 3, n) : -1;
    return value >= 0 && value <= 0x10ffff ? value * 16 + (close - i + 1) : -1;
  }
  return -1;
}

/** Codes an encoded token can start with: `%`, `\\`, `&`, `<`. */
const TOKEN_START = new Uint8Array(0x80);
for (const c of [0x25, BACKSLASH, 0x26, 0x3c]) TOKEN_START[c] = 1;

function push(view: View, code: number, start: number, end: number): void {
  if (code !== SEAM && (IGNORABLE[code] || code === BACKSLASH)) return;
  const k = view.length++;
  view.codes[k] = code;
  view.start[k] = start;
  view.end[k] = end;
}

/** Never in a window: marks where one decoded stretch ends and the next begins. */
const SEAM = 0xffff;

/**
 * The decoded view of the literal view's stretches that hold an encoded token, with `margin`
 * codes around each so a window can reach into it (elsewhere both views read the same).
 * Stretches are joined by a SEAM, so no window spans two of them.
 */
export function decodedView(literal: View, margin: number, reuse?: View): View {
  const n = literal.length;
  const view = viewWithRoom(n + 1, reuse);
  const emit = (code: number, from: number, to: number) => push(view, code, literal.start[from]!, literal.end[to]!);
  const codes = literal.codes;
  // From `margin - 1` codes before a token to `margin - 1` after it: all a window touching it needs.
  let covered = 0;
  let to = 0;
  for (let i = 0; i < n; i++) {
    const token = codes[i]! < 0x80 && TOKEN_START[codes[i]!] ? decodeAt(literal, i, n) : -1;
    if (token < 0) {
      if (i < to) emit(codes[i]!, i, i);
      continue;
    }
    const from = i - margin + 1 > covered ? i - margin + 1 : covered;
    if (from > to && view.length > 0) emit(SEAM, from, from);
    for (let j = from > to ? from : to; j < i; j++) emit(codes[j]!, j, j);
    const value = token >>> 4;
    const last = i + (token & 15) - 1;
    if (value > 0xffff) {
      // Two code units, as the secret's own text holds it.
      emit(0xd800 + ((value - 0x10000) >> 10), i, last);
      emit(0xdc00 + ((value - 0x10000) & 0x3ff), i, last);
    } else emit(value, i, last);
    i = last;
    covered = last + 1;
    to = last + margin < n ? last + margin : n;
  }
  return sealed(view);
}
