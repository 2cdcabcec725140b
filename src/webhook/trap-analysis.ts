/**
 * Which trap explains a captured delivery that does not verify: given the body bytes, the
 * signature header's value (and the header it came from, when known) and the secret, tries
 * each explanation the gate knows (prefix, header, re-serialised body, trailing newline) and
 * falls back to another secret when none matches. Pure, for the CLI's `verify`.
 */
import { timingSafeEqual } from 'node:crypto';
import { RESERIALISED_FORMS, reserialise, type ReserialisedForm } from './body-forms.js';
import { hmacHex, SDK_SIGNATURE_HEADER, SIGNATURE_HEADER, SIGNATURE_PREFIX } from './signature.js';
import type { Trap } from './traps.js';

export interface CapturedDelivery {
  body: Buffer;
  /** The signature header's value as received. */
  signature: string | undefined;
  /** The header the value was read from, when known. */
  headerName?: string;
  secret: string;
}

export type DeliveryVerdict =
  | { valid: true }
  | { valid: false; problem: string; traps: Trap[] };

const HEX = /^[0-9a-f]{64}$/i;

/** The bytes the signature might really cover, and the trap each one means. */
function candidates(body: Buffer): { bytes: Buffer; trap?: Trap }[] {
  const list: { bytes: Buffer; trap?: Trap }[] = [{ bytes: body }];
  const text = body.toString('latin1');
  const trimmed = text.replace(/(\r?\n)+$/, '');
  if (trimmed !== text) list.push({ bytes: Buffer.from(trimmed, 'latin1'), trap: { trap: 'trailing-newline', added: false } });
  else list.push({ bytes: Buffer.concat([body, Buffer.from('\n')]), trap: { trap: 'trailing-newline', added: true } });
  // The captured body may itself be a re-serialisation: the signed bytes were another form.
  const captured = formOf(body);
  for (const form of ['wire', ...RESERIALISED_FORMS] as const) {
    const bytes = reserialise(body, form);
    if (bytes && !bytes.equals(body)) list.push({ bytes, trap: { trap: 'reserialised', form: captured ?? 'compact' } });
  }
  return list;
}

/** Which re-serialisation the body already is, if any. */
function formOf(body: Buffer): ReserialisedForm | undefined {
  return RESERIALISED_FORMS.find((form) => reserialise(body, form)?.equals(body));
}

const equalHex = (a: string, b: string) => timingSafeEqual(Buffer.from(a.toLowerCase(), 'hex'), Buffer.from(b, 'hex'));

/** The verdict on one captured delivery. */
export function analyseDelivery(delivery: CapturedDelivery): DeliveryVerdict {
  const { body, signature, headerName, secret } = delivery;
  const header: Trap[] = headerName !== undefined && headerName.toLowerCase() === SDK_SIGNATURE_HEADER.toLowerCase() ? [{ trap: 'wrong-header' }] : [];
  const value = signature?.trim() ?? '';
  if (value === '') return { valid: false, problem: `no signature value: MONCRENEAU sends ${SIGNATURE_HEADER}: sha256=<hex>`, traps: header };
  const prefixed = value.startsWith(SIGNATURE_PREFIX);
  const hex = prefixed ? value.slice(SIGNATURE_PREFIX.length) : value;
  if (!HEX.test(hex)) return { valid: false, problem: 'the value is not sha256= followed by 64 hex digits', traps: header };
  const prefix: Trap[] = prefixed ? [] : [{ trap: 'prefix-missing' }];

  for (const candidate of candidates(body)) {
    if (!equalHex(hex, hmacHex(secret, candidate.bytes))) continue;
    const traps = [...header, ...prefix, ...(candidate.trap ? [candidate.trap] : [])];
    if (traps.length === 0) return { valid: true };
    return { valid: false, problem: 'the signature matches only once these are accounted for', traps };
  }
  return { valid: false, problem: 'the signature does not match this body with this secret', traps: [...header, { trap: 'wrong-secret' }] };
}
