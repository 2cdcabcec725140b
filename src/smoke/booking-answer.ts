/**
 * What the answer to POST /appointments says about a booking, read from its raw body whatever
 * its status: an answer that carries an appointment id is a booking, even beside an `error`
 * object, a warning or an unexpected status. The docs and the Node SDK put the id at the top
 * (`{id, departmentId, dateTime, status, ...}`); an id found only deeper (`data.id`) is not
 * trusted for a DELETE (it may name another appointment), but says a booking may exist.
 */
import * as z from 'zod/mini';
import type { HttpClient, HttpResponse } from '../http/http-client.js';
import { readJson, REPEATED_KEY } from '../http/json-body.js';
import { appointmentIdSchema } from './lost-booking.js';

export type BookingAnswer =
  /** A top-level id the gate can cancel. */
  | { kind: 'booked'; id: string }
  /** A top-level id that cannot be put in a path ("", "..", an object): booked, but not cancellable by id. */
  | { kind: 'unusable-id'; shown: string }
  /** An id deeper in the body: a booking may exist. */
  | { kind: 'maybe'; where: string }
  /** Nothing in the body suggests a booking. */
  | { kind: 'silent' };

const ID_KEYS = /^(id|appointmentId|appointment_id)$/;
const MAX_DEPTH = 6;
const MAX_NODES = 10_000;

/** The body as JSON, and whether it gives a key twice (then which id it names is unknown). */
function parse(body: Buffer): { json: unknown; ambiguous: boolean } {
  const read = readJson(body);
  if (read.ok) return { json: read.value, ambiguous: false };
  if (read.reason !== REPEATED_KEY) return { json: undefined, ambiguous: false };
  // Read leniently only to see whether it speaks of an appointment at all.
  try {
    return { json: JSON.parse(body.toString('utf8')) as unknown, ambiguous: true };
  } catch {
    return { json: undefined, ambiguous: false };
  }
}

/** Where an id sits below the top, if anywhere (the error envelope's details excluded). */
function nestedId(root: Record<string, unknown>): string | undefined {
  let nodes = 0;
  const walk = (value: unknown, path: string, depth: number): string | undefined => {
    if (depth > MAX_DEPTH || ++nodes > MAX_NODES || !value || typeof value !== 'object') return undefined;
    for (const [key, child] of Object.entries(value)) {
      const here = path === '' ? key : `${path}.${key}`;
      if (ID_KEYS.test(key) && child !== null && child !== undefined && child !== '') return here;
      const found = walk(child, here, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return walk(Object.fromEntries(Object.entries(root).filter(([key]) => key !== 'error')), '', 0);
}

export function readBookingAnswer(body: Buffer): BookingAnswer {
  const { json, ambiguous } = parse(body);
  if (!json || typeof json !== 'object') return { kind: 'silent' };
  // `{"id":5,"id":7}`: a booking, but cancelling either id may cancel a customer's appointment.
  if (ambiguous && !Array.isArray(json) && 'id' in json) return { kind: 'unusable-id', shown: '(given twice)' };
  if (Array.isArray(json)) {
    const where = nestedId({ items: json });
    return where ? { kind: 'maybe', where } : { kind: 'silent' };
  }
  const root = json as Record<string, unknown>;
  if ('id' in root && root.id !== null && root.id !== undefined) {
    const id = z.safeParse(appointmentIdSchema, root.id);
    if (id.success) return { kind: 'booked', id: String(id.data) };
    return { kind: 'unusable-id', shown: JSON.stringify(root.id)?.slice(0, 40) ?? typeof root.id };
  }
  const where = nestedId(root);
  return where ? { kind: 'maybe', where } : { kind: 'silent' };
}

/** The transport, remembering the last POST answer so it can be read whatever the API client made of it. */
export function recordingPosts(http: HttpClient): { http: HttpClient; lastPost: () => HttpResponse | undefined } {
  let last: HttpResponse | undefined;
  return {
    http: {
      async send(req) {
        const outcome = await http.send(req);
        if (req.method === 'POST' && outcome.ok) last = outcome.response;
        return outcome;
      },
      close: () => http.close()
    },
    lastPost: () => last
  };
}
