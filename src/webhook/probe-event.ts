/**
 * The test event the gate delivers: a realistic `appointment.created`, clearly marked as a
 * gate test. Pure given its id and time, so tests can pin every byte.
 */
import { randomBytes } from 'node:crypto';

export const PROBE_EVENT_TYPE = 'appointment.created';
/** No real appointment has this id; apps can recognise the gate's event by it or by `gateTest`. */
const GATE_TEST_APPOINTMENT_ID = 999_999_999;
const GATE_TEST_NAME = 'Test de déploiement / MONCRENEAU deploy gate - not a real appointment';

/** `evt_gate_` and 24 random hex digits: unique per run, recognisable in the app's logs. */
export function newEventId(): string {
  return `evt_gate_${randomBytes(12).toString('hex')}`;
}

/** A random secret in the real format, for the forgery probe; never the configured one. */
export function forgedSecret(): string {
  return `whsec_gate_forged_${randomBytes(16).toString('hex')}`;
}

const seconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Non-ASCII escaped as `\uXXXX`, as many servers send it. The bytes then differ from what
 * `JSON.stringify(JSON.parse(body))` gives back, so a receiver that hashes a re-serialisation
 * instead of the raw body is caught.
 */
function serialise(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function event(id: string, created: Date, creditsUsed: number) {
  const appointment = new Date(created.getTime() + 24 * 3_600_000);
  return {
    id,
    type: PROBE_EVENT_TYPE,
    created: seconds(created),
    data: {
      object: {
        id: GATE_TEST_APPOINTMENT_ID,
        departmentId: 0,
        dateTime: appointment.toISOString().slice(0, 19),
        status: 'SCHEDULED',
        name: GATE_TEST_NAME,
        qrCode: `GATE-TEST-${id}`,
        creditsUsed,
        gateTest: true
      }
    }
  };
}

export interface ProbeBodies {
  /** The body signed with the secret: serialised once, these exact bytes are signed and sent. */
  genuine: Buffer;
  /** The same event with one value changed, still valid JSON, sent with the genuine signature. */
  tampered: Buffer;
}

export function probeBodies(id: string, created: Date): ProbeBodies {
  return {
    genuine: Buffer.from(serialise(event(id, created, 1)), 'utf8'),
    tampered: Buffer.from(serialise(event(id, created, 100)), 'utf8')
  };
}
