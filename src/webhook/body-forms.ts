/**
 * The ways one JSON event can be written as bytes: the gate's own wire form, and the
 * re-serialisations a verifier makes when it hashes a parsed body instead of the raw bytes.
 * A body written in form F hashes the same before and after an F re-serialisation, so sending
 * it tells whether the verifier re-serialises that way. Pure.
 */

/**
 * - wire: compact, non-ASCII escaped as `\uXXXX`, `/` as is (what the gate sends; equal to
 *   none of the re-serialisations below for a body holding non-ASCII and `/`)
 * - compact: `JSON.stringify` (Node, `express.json()` then re-stringified) and Jackson's default
 * - python: `json.dumps` defaults: `', '` and `': '` separators, non-ASCII escaped
 * - php: `json_encode` defaults: compact, `/` as `\/`, non-ASCII escaped
 */
export type BodyForm = 'wire' | 'compact' | 'python' | 'php';
export const RESERIALISED_FORMS = ['compact', 'python', 'php'] as const;
export type ReserialisedForm = (typeof RESERIALISED_FORMS)[number];

const hex4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const escapeNonAscii = (json: string) => json.replace(/[\u0080-\uffff]/g, hex4);

/** Python's ensure_ascii escapes everything outside space..tilde, DEL included. */
const pythonString = (s: string) => escapeNonAscii(JSON.stringify(s)).replace(/\x7f/g, hex4);
const phpString = (s: string) => escapeNonAscii(JSON.stringify(s)).replace(/\//g, '\\/');

/** json.dumps / json_encode style writers: a string writer and the separators. */
function writer(str: (s: string) => string, comma: string, colon: string): (value: unknown) => string {
  const write = (value: unknown): string => {
    if (typeof value === 'string') return str(value);
    if (Array.isArray(value)) return `[${value.map(write).join(comma)}]`;
    if (value !== null && typeof value === 'object') {
      return `{${Object.entries(value)
        .map(([k, v]) => `${str(k)}${colon}${write(v)}`)
        .join(comma)}}`;
    }
    return JSON.stringify(value);
  };
  return write;
}

const WRITERS: Record<BodyForm, (value: unknown) => string> = {
  wire: (value) => escapeNonAscii(JSON.stringify(value)),
  compact: (value) => JSON.stringify(value),
  python: writer(pythonString, ', ', ': '),
  php: writer(phpString, ',', ':')
};

/** The value written in that form, as the bytes to sign and send. */
export function writeBody(value: unknown, form: BodyForm): Buffer {
  return Buffer.from(WRITERS[form](value), 'utf8');
}

/** What a verifier of that form hashes when it receives `raw`; undefined when raw is not JSON. */
export function reserialise(raw: Buffer, form: BodyForm): Buffer | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
  return writeBody(value, form);
}
