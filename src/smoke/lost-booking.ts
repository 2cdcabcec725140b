/**
 * Settles a booking whose answer never came. The API may commit it after the gate stopped
 * waiting, so the list is polled for a few seconds; a credit spent with nothing found, or a
 * lookup or balance that cannot be read, is "unknown" — never "nothing was booked".
 */
import * as z from 'zod/mini';
import { shapeOf } from '../http/zod-shape.js';
import { fetchCredits } from '../domain/credits.js';
import type { Budget } from '../engine/timing.js';
import type { ApiClient } from '../http/api-client.js';
import type { NetworkFailureKind } from '../http/network-error.js';
import type { Settings } from '../settings/settings.js';
import { attributeAppointment, lookupPath, type AppointmentPlan, type ListedAppointment } from './plan.js';

/** An id the gate can put in a path: a whole number (the docs) or a plain token (the Node SDK). */
export const appointmentIdSchema = z.union([z.int().check(z.nonnegative()), z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))]);
const listed = shapeOf(
  z.union([z.looseObject({ content: z.array(z.looseObject({ id: appointmentIdSchema })) }), z.array(z.looseObject({ id: appointmentIdSchema }))])
);

/** A listed appointment that may be the test's but cannot be proven so: never cancelled. */
export interface Unattributed {
  id: string;
  /** The fields the server left out (name, externalUserId, dateTime). */
  missing: string[];
}

export type LostBooking =
  { kind: 'found'; ids: string[]; unattributed: Unattributed[] } | { kind: 'none' } | { kind: 'unknown'; reason: string; unattributed: Unattributed[] };

/** Failures where the request cannot have reached the API: nothing can have been booked. */
const NEVER_SENT: readonly NetworkFailureKind[] = ['dns', 'refused', 'tls', 'blocked-address'];

export function cannotHaveBooked(kind: NetworkFailureKind): boolean {
  return NEVER_SENT.includes(kind);
}

const POLL_MS = 500;
const SETTLE_MS = 4_000;

type Lookup = { ok: true; ids: string[]; unattributed: Unattributed[] } | { ok: false; reason: string };

async function findPlanned(client: ApiClient, plan: AppointmentPlan): Promise<Lookup> {
  const result = await client.get(lookupPath(plan), listed);
  if (!result.ok) return { ok: false, reason: result.problem.kind === 'network' ? result.problem.failure.message : `the list answered ${result.problem.kind}` };
  const items = (Array.isArray(result.data) ? result.data : result.data.content) as ListedAppointment[];
  const ids: string[] = [];
  const unattributed: Unattributed[] = [];
  for (const item of items) {
    const whose = attributeAppointment(item, plan);
    if (whose.kind === 'ours') ids.push(String(item.id));
    else if (whose.kind === 'unattributable') unattributed.push({ id: String(item.id), missing: whose.missing });
  }
  return { ok: true, ids, unattributed };
}

/**
 * Polls within `time` (the client's own). `certain`: the answer said an appointment was made
 * (an id the gate cannot use), so "none" is never concluded.
 */
export async function settleLostBooking(
  client: ApiClient,
  plan: AppointmentPlan,
  settings: Settings,
  creditsBefore: number | null,
  time: Budget,
  options: { settleMs?: number; certain?: string } = {}
): Promise<LostBooking> {
  const settleMs = options.settleMs ?? SETTLE_MS;
  const started = performance.now();
  let lookup: Lookup;
  for (;;) {
    lookup = await findPlanned(client, plan);
    if (lookup.ok && lookup.ids.length > 0) return { kind: 'found', ids: lookup.ids, unattributed: lookup.unattributed };
    if (time.expired || performance.now() - started + POLL_MS > settleMs) break;
    await time.sleep(POLL_MS);
  }
  if (!lookup.ok) return { kind: 'unknown', reason: `looking it up failed (${lookup.reason})`, unattributed: [] };
  const { unattributed } = lookup;
  if (unattributed.length > 0) {
    const which = unattributed.map((u) => `${u.id} (no ${u.missing.join(', no ')})`).join(', ');
    return { kind: 'unknown', reason: `the list shows ${which}, which cannot be proven the test's own`, unattributed };
  }
  if (options.certain) return { kind: 'unknown', reason: `none was found, yet the answer said one was made (${options.certain})`, unattributed };
  const balance = await fetchCredits(client, settings);
  if (!balance.ok) return { kind: 'unknown', reason: `none was found, but the balance could not be read to confirm (${balance.summary})`, unattributed };
  if (creditsBefore !== null && balance.value < creditsBefore) {
    return { kind: 'unknown', reason: `none was found, but a credit was spent (${creditsBefore} before, ${balance.value} now)`, unattributed };
  }
  return { kind: 'none' };
}
