/**
 * The requests the webhook check sends: the genuine event, the three forgeries and the
 * diagnosis variants. Each one is its own test event with a fresh event id, so no duplicate
 * check, idempotency key or lock can make a forgery look rejected. Pure but for the random ids.
 */
import type { Variant } from './differential.js';
import type { ProbeName } from './diagnosis.js';
import { forgedSecret, newEventId, eventBody, tamperedBody, PROBE_EVENT_TYPE } from './probe-event.js';
import { EVENT_HEADER, hmacHex, SDK_SIGNATURE_HEADER, sign, SIGNATURE_HEADER, SIGNATURE_PREFIX } from './signature.js';

export interface Delivery {
  body: Buffer;
  /** The signature headers it carries (none for the unsigned forgery). */
  signatures: Record<string, string>;
}

/** One of the four first-round probes, as a fresh event. */
export function probeDelivery(name: ProbeName, secret: string, created: Date): Delivery {
  const id = newEventId();
  const body = eventBody(id, created);
  switch (name) {
    case 'genuine':
      return { body, signatures: { [SIGNATURE_HEADER]: sign(secret, body) } };
    case 'wrong-secret':
      return { body, signatures: { [SIGNATURE_HEADER]: sign(forgedSecret(), body) } };
    case 'no-signature':
      return { body, signatures: {} };
    case 'tampered-body':
      return { body: tamperedBody(id, created), signatures: { [SIGNATURE_HEADER]: sign(secret, body) } };
  }
}

/** A diagnosis variant (correctly signed unless forged), as a fresh event. */
export function variantDelivery(variant: Variant, secret: string, created: Date): Delivery {
  const body = eventBody(newEventId(), created, variant.body);
  const value = (variant.format === 'prefixed' ? SIGNATURE_PREFIX : '') + hmacHex(variant.forged ? forgedSecret() : secret, body);
  const signatures: Record<string, string> = {};
  if (variant.placement !== 'sdk') signatures[SIGNATURE_HEADER] = value;
  if (variant.placement !== 'moncreneau') signatures[SDK_SIGNATURE_HEADER] = value;
  return { body, signatures };
}

/** The headers MONCRENEAU sends with a delivery. */
export function deliveryHeaders(delivery: Delivery, userAgent: string): Record<string, string> {
  return { 'content-type': 'application/json', 'user-agent': userAgent, [EVENT_HEADER]: PROBE_EVENT_TYPE, ...delivery.signatures };
}
