/**
 * The webhook signature wire format, built in exactly this one place:
 * `X-Moncreneau-Signature: sha256=<lowercase hex HMAC-SHA256 of the raw body>`.
 */
import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Moncreneau-Signature';
/** The header the official SDK READMEs read; MONCRENEAU does not send it. */
export const SDK_SIGNATURE_HEADER = 'X-Webhook-Signature';
export const EVENT_HEADER = 'X-Moncreneau-Event';
export const SIGNATURE_PREFIX = 'sha256=';

/**
 * Bare lowercase hex HMAC-SHA256 of these exact bytes, keyed with the secret's UTF-8 bytes as
 * given (the `whsec_` prefix is part of the key).
 */
export function hmacHex(secret: string, rawBody: Buffer | string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(rawBody).digest('hex');
}

/** The signature header's value for these exact body bytes. */
export function sign(secret: string, rawBody: Buffer | string): string {
  return SIGNATURE_PREFIX + hmacHex(secret, rawBody);
}
