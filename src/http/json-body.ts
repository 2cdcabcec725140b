/**
 * The one way the gate reads JSON it did not write (API answers, heartbeats, GitHub answers, the
 * runner's event file). Bounded before parsing: a body past the size limit or nested deeper than
 * any real answer is "unreadable" with its reason, never a stack overflow later on (a deep value
 * breaks JSON.stringify, redaction and every recursive walk), and so is an object that gives a key
 * twice. Pure; never throws.
 */

export interface JsonLimits {
  /** UTF-8 bytes. */
  maxBytes: number;
  /** Arrays and objects inside one another. */
  maxDepth: number;
}

/** No answer the gate reads comes near these: a MONCRENEAU or GitHub object is a few levels deep. */
export const JSON_LIMITS: JsonLimits = { maxBytes: 1024 * 1024, maxDepth: 64 };

export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: string };

const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

/** What makes JSON text unreadable before it is parsed: nesting past the limit, or a key given twice. */
export const REPEATED_KEY = 'a key given twice in one object, so its value is ambiguous';

/**
 * One pass outside strings: the nesting depth (stopping as soon as `limit` is passed) and each
 * object's keys. JSON.parse keeps the last of two equal keys where another reader keeps the
 * first: `{"id":5,"id":7}` names two appointments, and which one the server meant is unknown.
 */
function structureProblem(text: string, limit: number): string | undefined {
  /** One frame per open bracket: an object's keys so far, or null for an array. */
  const frames: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length && text.charCodeAt(i) !== QUOTE; i++) {
        if (text.charCodeAt(i) === BACKSLASH) {
          escaped = true;
          i++;
        }
      }
      const keys = frames[frames.length - 1];
      if (expectKey && keys) {
        expectKey = false;
        const literal = text.slice(start, i + 1);
        let key = literal;
        try {
          // Escapes spell the same key another way ("\u0069d" is "id").
          if (escaped) key = JSON.stringify(JSON.parse(literal) as string);
        } catch {
          /* not a string JSON.parse reads: the parse below says so */
        }
        if (keys.has(key)) return REPEATED_KEY;
        keys.add(key);
      }
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (frames.length >= limit) return `nested deeper than ${limit} levels`;
      frames.push(c === OPEN_BRACE ? new Set() : null);
      expectKey = c === OPEN_BRACE;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      frames.pop();
      expectKey = false;
    } else if (c === COMMA) expectKey = frames[frames.length - 1] != null;
  }
  return undefined;
}

/** A size in the unit a person reads it in. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

/**
 * Parses JSON from outside, or says why it cannot be read. The reason never quotes the text:
 * JSON.parse's own message echoes part of it, which may hold anything.
 */
export function readJson(body: string | Buffer, limits: Partial<JsonLimits> = {}): JsonRead {
  const { maxBytes, maxDepth } = { ...JSON_LIMITS, ...limits };
  const bytes = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length;
  if (bytes > maxBytes) return { ok: false, reason: `larger than ${sizeText(maxBytes)}` };
  // A byte-order mark is not JSON, but some servers send one: it says nothing about the content.
  const text = (typeof body === 'string' ? body : body.toString('utf8')).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const problem = structureProblem(text, maxDepth);
  if (problem) return { ok: false, reason: problem };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
}
