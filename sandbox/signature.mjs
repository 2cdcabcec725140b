// The webhook signature wire format, built and checked in exactly this one place:
// X-Moncreneau-Signature: sha256=<lowercase hex HMAC-SHA256 of the raw body>.
import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'sha256=';
const HEX_DIGEST = /^[0-9a-f]{64}$/i;

/**
 * Bare hex HMAC-SHA256 of the body, keyed with the secret's UTF-8 bytes as given
 * (the `whsec_` prefix is part of the key).
 * @param {string} secret
 * @param {Buffer | string} rawBody
 * @returns {string}
 */
export function hmacHex(secret, rawBody) {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(rawBody).digest('hex');
}

/**
 * The full header value a MONCRENEAU delivery carries.
 * @param {string} secret
 * @param {Buffer | string} rawBody
 * @returns {string} `sha256=<hex>`
 */
export function signatureHeader(secret, rawBody) {
  return PREFIX + hmacHex(secret, rawBody);
}

/**
 * True when `header` is `sha256=<hex>` and the hex is the HMAC of the exact raw
 * body bytes. Checks the format first, then the length, then compares in constant time.
 * @param {string} secret
 * @param {Buffer} rawBody
 * @param {string | string[] | undefined} header
 * @returns {boolean}
 */
export function verifySignature(secret, rawBody, header) {
  if (typeof header !== 'string' || !header.startsWith(PREFIX)) return false;
  const hex = header.slice(PREFIX.length);
  if (!HEX_DIGEST.test(hex)) return false;
  const given = Buffer.from(hex, 'hex');
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8')).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}
