/**
 * Which trap explains a captured delivery that does not verify: given the body bytes, the
 * signature header's value (and the header it came from, when known) and the secret, undoes
 * each slip the gate knows (the header's name pasted with the value, the sha256= prefix
 * dropped or doubled, blanks around the secret, a re-serialised, indented or rewritten body,
 * a trailing newline added or lost) and falls back to another secret when none explains it.
 * Pure, for the command line's `verify`; the words for each trap are in traps.ts.
 */
import { timingSafeEqual } from 'node:crypto';
import { RESERIALISED_FORMS, reserialise, type BodyForm, type ReserialisedForm } from './body-forms.js';
import { hmacHex, SDK_SIGNATURE_HEADER, SIGNATURE_HEADER, SIGNATURE_PREFIX } from './signature.js';
import type { Trap } from './traps.js';

export interface CapturedDelivery {
  body: Buffer;
  /** The signature header's value as received (or as pasted, header name included). */
  signature: string | undefined;
  /** The header the value was read from, when known. */
  headerName?: string;
  secret: string;
}

export type DeliveryVerdict =
  | { valid: true }
  /**
   * malformed: not sha256=<64 hex digits> even with the slips undone; explained: valid once
   * the traps are undone; unexplained: nothing the gate knows explains it (traps end with
   * wrong-secret).
   */
  | { valid: false; kind: 'malformed' | 'explained' | 'unexplained'; problem: string; traps: Trap[] };

const HEX = /^[0-9a-f]{64}$/i;
/** A value pasted with its header's name, either the one MONCRENEAU sends or the SDKs' one. */
const NAMED = new RegExp(`^(${SIGNATURE_HEADER}|${SDK_SIGNATURE_HEADER})\\s*:\\s*`, 'i');

/** The header's name when the value was pasted with it, and the value after it. */
function splitName(signature: string): { named?: string; value: string } {
  // Surrounding blanks are the shell's or the copy's, never the header's (HTTP trims them).
  const trimmed = signature.trim();
  const named = NAMED.exec(trimmed)?.[1];
  return named === undefined ? { value: trimmed } : { named, value: trimmed.replace(NAMED, '') };
}

/** The hex digest the value carries and the prefix slip its form shows, or why it is not a signature. */
function readDigest(value: string, given: boolean): { hex: string; traps: Trap[] } | string {
  const expected = `MONCRENEAU sends ${SIGNATURE_HEADER}: ${SIGNATURE_PREFIX}<64 hex digits>`;
  if (value === '') return given ? `the value is empty: ${expected}` : `no signature value: ${expected}`;
  const prefix = SIGNATURE_PREFIX.length;
  if (value.toLowerCase().startsWith(SIGNATURE_PREFIX.repeat(2))) return hexAfter(value.slice(prefix * 2), [{ trap: 'prefix-doubled' }]);
  if (value.toLowerCase().startsWith(SIGNATURE_PREFIX)) return hexAfter(value.slice(prefix), []);
  if (HEX.test(value)) return { hex: value, traps: [{ trap: 'prefix-missing' }] };
  return `expected ${SIGNATURE_PREFIX}<64 hex digits>, got ${value.length} characters not of that form`;
}

function hexAfter(hex: string, traps: Trap[]): { hex: string; traps: Trap[] } | string {
  if (HEX.test(hex)) return { hex, traps };
  return `after ${SIGNATURE_PREFIX}, expected 64 hex digits, got ${hex.length} characters${/^[0-9a-f]*$/i.test(hex) ? '' : ', not all hex'}`;
}

type CaptureForm = ReserialisedForm | 'pretty';

/** Indented as JSON.stringify(value, null, 2) writes it: how tools show a body, never how a verifier rebuilds one, so not a body-forms form. */
function pretty(raw: Buffer): Buffer | undefined {
  try {
    return Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8')), null, 2), 'utf8');
  } catch {
    return undefined;
  }
}

const rewrite = (raw: Buffer, form: BodyForm | 'pretty') => (form === 'pretty' ? pretty(raw) : reserialise(raw, form));
const withoutTrailingNewlines = (raw: Buffer) => Buffer.from(raw.toString('latin1').replace(/(\r?\n)+$/, ''), 'latin1');

/** Which re-serialisation the body already is (an editor's final newline aside), if any. */
function formOf(body: Buffer): CaptureForm | undefined {
  const trimmed = withoutTrailingNewlines(body);
  return ([...RESERIALISED_FORMS, 'pretty'] as const).find((form) => rewrite(trimmed, form)?.equals(trimmed));
}

/**
 * The trap when the signature covers the body written in form `signed`: the form the captured
 * body is in, when the gate knows it (that is what rewrote it); else the signed form, which is
 * then what a verifier hashed (or, for the wire form, what the body was before it was rewritten).
 */
function reserialisedTrap(captured: CaptureForm | undefined, signed: BodyForm | 'pretty'): Trap {
  if (captured === 'pretty') return { trap: 'pretty-printed', captured: true };
  if (captured !== undefined) return { trap: 'reserialised', form: captured };
  if (signed === 'pretty') return { trap: 'pretty-printed', captured: false };
  if (signed === 'wire') return { trap: 'rewritten' };
  return { trap: 'reserialised', form: signed };
}

/** The bytes the signature might really cover, and the trap each one means. */
function candidates(body: Buffer): { bytes: Buffer; trap?: Trap }[] {
  const list: { bytes: Buffer; trap?: Trap }[] = [{ bytes: body }];
  const trimmed = withoutTrailingNewlines(body);
  if (!trimmed.equals(body)) list.push({ bytes: trimmed, trap: { trap: 'trailing-newline', added: false } });
  else list.push({ bytes: Buffer.concat([body, Buffer.from('\n')]), trap: { trap: 'trailing-newline', added: true } });
  // The captured body may itself be a re-serialisation: the signed bytes were another form.
  const captured = formOf(body);
  for (const form of ['wire', ...RESERIALISED_FORMS, 'pretty'] as const) {
    const bytes = rewrite(body, form);
    if (bytes && !bytes.equals(body)) list.push({ bytes, trap: reserialisedTrap(captured, form) });
  }
  return list;
}

/** The secret as given, then without surrounding blanks when it has some. */
function keys(secret: string): { key: string; trap?: Trap }[] {
  const trimmed = secret.trim();
  return trimmed !== secret && trimmed !== '' ? [{ key: secret }, { key: trimmed, trap: { trap: 'secret-whitespace' } }] : [{ key: secret }];
}

const equalHex = (a: string, b: string) => timingSafeEqual(Buffer.from(a.toLowerCase(), 'hex'), Buffer.from(b, 'hex'));

/** The verdict on one captured delivery. */
export function analyseDelivery(delivery: CapturedDelivery): DeliveryVerdict {
  const { body, signature, secret } = delivery;
  const { named, value } = splitName(signature ?? '');
  const headerName = delivery.headerName ?? named;
  const header: Trap[] = headerName?.toLowerCase() === SDK_SIGNATURE_HEADER.toLowerCase() ? [{ trap: 'wrong-header' }] : [];
  const read = readDigest(value, signature !== undefined);
  if (typeof read === 'string') return { valid: false, kind: 'malformed', problem: read, traps: header };
  if (named !== undefined) read.traps.unshift({ trap: 'header-name' });

  const bodies = candidates(body);
  for (const { key, trap: keyTrap } of keys(secret)) {
    for (const candidate of bodies) {
      if (!equalHex(read.hex, hmacHex(key, candidate.bytes))) continue;
      const traps = [...header, ...read.traps, ...(keyTrap ? [keyTrap] : []), ...(candidate.trap ? [candidate.trap] : [])];
      if (traps.length === 0) return { valid: true };
      return { valid: false, kind: 'explained', problem: 'the signature matches only once these are accounted for', traps };
    }
  }
  return {
    valid: false,
    kind: 'unexplained',
    problem:
      'no trap the gate knows explains it (header name, prefix, re-serialised, indented or rewritten body, trailing newline, blanks around the secret): it was signed with another secret (another environment’s, or one rotated since), or the body was changed after it arrived',
    traps: [...header, { trap: 'wrong-secret' }]
  };
}
