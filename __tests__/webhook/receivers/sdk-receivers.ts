/**
 * Webhook handlers written the way each official MONCRENEAU SDK README shows (nbsidiki/
 * moncreneau-node, -python, -php, -java), each SDK's verifyWebhookSignature translated line by
 * line, and the fixes a developer makes one at a time. Written here, independently of the
 * gate's code, so the gate is tested against the apps, not against itself.
 *
 * What the READMEs and SDK sources do:
 * - node: express.json() then `req.headers['x-webhook-signature']`; the SDK hashes
 *   JSON.stringify(payload) of the parsed object and compares `computed === signature`
 *   (bare hex, no strip); a missing header is `undefined`, so 401.
 * - python: Flask `request.headers.get('X-Webhook-Signature')` (None when absent) and
 *   `request.json`; the SDK hashes json.dumps(payload) (", " / ": " separators, ensure_ascii)
 *   and calls hmac.compare_digest(computed, signature), which raises TypeError on None: 500.
 * - php: `file_get_contents('php://input')` (raw) and `$_SERVER['HTTP_X_WEBHOOK_SIGNATURE']`
 *   (null when absent: the typed `string $signature` parameter throws TypeError: 500);
 *   hash_equals(computed, signature), no strip.
 * - java: `request.getBody()` (raw) and `request.getHeader("X-Webhook-Signature")`;
 *   `computed.equals(signature)`: null gives false, so 401; no strip.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Handler, Reply } from './server.js';

export type Sdk = 'node' | 'python' | 'php' | 'java';

/** The fixes a developer makes one by one; all false is the README as written. */
export interface Fixes {
  /** Reads X-Moncreneau-Signature. */
  header?: boolean;
  /** Strips sha256= before comparing (`replace(/^sha256=/, '')`: bare hex still passes). */
  prefix?: boolean;
  /** Hashes the raw bytes (express.raw, request.get_data()). */
  rawBody?: boolean;
  /** Answers 401 to a missing header instead of throwing. */
  missing?: boolean;
}

const hmacHex = (secret: string, data: Buffer | string) => createHmac('sha256', secret).update(data).digest('hex');
const OK: Reply = { status: 200, body: 'OK' };
const INVALID: Reply = { status: 401, body: 'Invalid signature' };

/** Python's json.dumps with its defaults, written out: ', ' and ': ', everything non-ASCII as \uXXXX. */
function pythonDumps(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    let out = '"';
    for (const ch of value) {
      for (let i = 0; i < ch.length; i++) {
        const code = ch.charCodeAt(i);
        if (ch === '"') out += '\\"';
        else if (ch === '\\') out += '\\\\';
        else if (ch === '\n') out += '\\n';
        else if (code >= 0x20 && code <= 0x7e) out += ch;
        else out += `\\u${code.toString(16).padStart(4, '0')}`;
      }
    }
    return `${out}"`;
  }
  if (Array.isArray(value)) return `[${value.map(pythonDumps).join(', ')}]`;
  return `{${Object.entries(value as object)
    .map(([k, v]) => `${pythonDumps(k)}: ${pythonDumps(v)}`)
    .join(', ')}}`;
}

/** PHP's json_encode with its defaults: compact, `/` as `\/`, non-ASCII as \uXXXX. */
export function phpJsonEncode(value: unknown): string {
  return JSON.stringify(value)
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');
}

function header(headers: IncomingHttpHeaders, fixes: Fixes): string | undefined {
  const value = headers[fixes.header ? 'x-moncreneau-signature' : 'x-webhook-signature'];
  return Array.isArray(value) ? value[0] : value;
}
const strip = (signature: string, fixes: Fixes) => (fixes.prefix ? signature.replace(/^sha256=/, '') : signature);

/** Node README: app.use(express.json()); Moncreneau.verifyWebhookSignature(req.body, signature, secret). */
function nodeHandler(secret: string, fixes: Fixes): Handler {
  return (raw, headers) => {
    const payload: unknown = fixes.rawBody ? raw : JSON.parse(raw.toString('utf8'));
    const signature = header(headers, fixes);
    if (fixes.missing && signature === undefined) return INVALID;
    // verifyWebhookSignature: a Buffer is hashed as is, an object as JSON.stringify(payload).
    const payloadString = Buffer.isBuffer(payload) || typeof payload === 'string' ? payload : JSON.stringify(payload);
    const computed = hmacHex(secret, payloadString);
    return computed === (signature === undefined ? undefined : strip(signature, fixes)) ? OK : INVALID;
  };
}

/** Python README (Flask): request.headers.get(...), verify_webhook_signature(request.json, ...). */
function pythonHandler(secret: string, fixes: Fixes): Handler {
  return (raw, headers) => {
    const signature = header(headers, fixes);
    if (fixes.missing && !signature) return { status: 401, body: 'Missing signature' };
    const payloadString = fixes.rawBody ? raw : pythonDumps(JSON.parse(raw.toString('utf8')));
    const computed = hmacHex(secret, payloadString);
    // hmac.compare_digest(str, None) raises TypeError: Flask answers 500.
    if (signature === undefined) throw new TypeError("unsupported operand types(s) or combination of types: 'str' and 'NoneType'");
    const given = Buffer.from(strip(signature, fixes));
    const expected = Buffer.from(computed);
    return given.length === expected.length && timingSafeEqual(given, expected) ? OK : INVALID;
  };
}

/** PHP README: file_get_contents('php://input'), $_SERVER['HTTP_X_WEBHOOK_SIGNATURE']. */
function phpHandler(secret: string, fixes: Fixes): Handler {
  return (raw, headers) => {
    const payload = fixes.rawBody === false ? phpJsonEncode(JSON.parse(raw.toString('utf8'))) : raw;
    const found = header(headers, fixes);
    const signature = found ?? (fixes.missing ? '' : undefined);
    // verifyWebhookSignature(string $payload, string $signature, ...) given null: TypeError, 500.
    if (signature === undefined) throw new TypeError('Moncreneau::verifyWebhookSignature(): Argument #2 ($signature) must be of type string, null given');
    return hmacHex(secret, payload) === strip(signature, fixes) ? OK : INVALID;
  };
}

/** Java README: request.getBody(), request.getHeader("X-Webhook-Signature"), computed.equals(signature). */
function javaHandler(secret: string, fixes: Fixes): Handler {
  return (raw, headers) => {
    // A Spring app that takes @RequestBody Map and writes it back with Jackson: compact JSON.
    const payload = fixes.rawBody === false ? JSON.stringify(JSON.parse(raw.toString('utf8'))) : raw;
    const signature = header(headers, fixes);
    return signature !== undefined && hmacHex(secret, payload) === strip(signature, fixes) ? OK : INVALID;
  };
}

const HANDLERS: Record<Sdk, (secret: string, fixes: Fixes) => Handler> = { node: nodeHandler, python: pythonHandler, php: phpHandler, java: javaHandler };

/**
 * The webhook handler of an app built as that SDK's README shows, with these fixes applied.
 * For php and java, `rawBody: false` is the developer who re-encodes the decoded body
 * (json_encode of json_decode, Jackson of a Map) instead of the README's raw body.
 */
export function sdkHandler(sdk: Sdk, secret: string, fixes: Fixes = {}): Handler {
  return HANDLERS[sdk](secret, fixes);
}
