/**
 * The test event the gate delivers: a realistic `appointment.created`, clearly marked as a
 * gate test. Pure given its id and time, so tests can pin every byte.
 */
import { createHash, randomBytes } from 'node:crypto';
import { writeBody, type BodyForm } from './body-forms.js';

export const PROBE_EVENT_TYPE = 'appointment.created';
/**
 * Test appointments get ids from 999000000 to 999999999, each event its own (and its own
 * slot), so an idempotency key on the appointment or the slot cannot make a forgery look
 * rejected; apps recognise the gate's events by `gateTest: true`.
 */
const GATE_TEST_APPOINTMENT_IDS = 999_000_000;
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
 * The event as a value. Its name holds non-ASCII and `/`, so its wire bytes differ from every
 * re-serialisation of it (see body-forms): a verifier that hashes a rebuilt body is caught.
 */
export function testEvent(id: string, created: Date, creditsUsed = 1) {
  // Derived from the event id, so the event stays pure given its id and time.
  const n = parseInt(createHash('sha256').update(id).digest('hex').slice(0, 8), 16) % 1_000_000;
  const appointment = new Date(created.getTime() + 24 * 3_600_000 + (n % 1440) * 60_000);
  return {
    id,
    type: PROBE_EVENT_TYPE,
    created: seconds(created),
    data: {
      object: {
        id: GATE_TEST_APPOINTMENT_IDS + n,
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

/** The event's bytes as MONCRENEAU-style wire JSON, or in another form (see body-forms). */
export function eventBody(id: string, created: Date, form: BodyForm = 'wire'): Buffer {
  return writeBody(testEvent(id, created), form);
}

/** The same event with one value changed, still valid JSON: sent with the original's signature. */
export function tamperedBody(id: string, created: Date): Buffer {
  return writeBody(testEvent(id, created, 100), 'wire');
}
