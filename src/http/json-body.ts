/**
 * The one way the gate reads JSON it did not write (API answers, heartbeats, GitHub answers, the
 * runner's event file). Bounded before parsing: a body past the size limit or nested deeper than
 * any real answer is "unreadable" with its reason, never a stack overflow later on (a deep value
 * breaks JSON.stringify, redaction and every recursive walk). Pure; never throws.
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

/** The deepest nesting in JSON text, counted outside strings; stops as soon as `limit` is passed. */
function depthOver(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth--;
  }
  return false;
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
  if (depthOver(text, maxDepth)) return { ok: false, reason: `nested deeper than ${maxDepth} levels` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
}
