/**
 * The webhook signature wire format, built in exactly this one place:
 * `X-Moncreneau-Signature: sha256=<lowercase hex HMAC-SHA256 of the raw body>`.
 */
import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Moncreneau-Signature';
export const EVENT_HEADER = 'X-Moncreneau-Event';
const PREFIX = 'sha256=';

/**
 * The signature header's value for these exact body bytes, keyed with the secret's UTF-8
 * bytes as given (the `whsec_` prefix is part of the key).
 */
export function sign(secret: string, rawBody: Buffer | string): string {
  return PREFIX + createHmac('sha256', Buffer.from(secret, 'utf8')).update(rawBody).digest('hex');
}
