/**
 * Settles a booking whose answer never came. The API may commit it after the gate stopped
 * waiting, so the list is polled for a few seconds; a credit spent with nothing found, or a
 * lookup or balance that cannot be read, is "unknown" — never "nothing was booked".
 */
import * as z from 'zod/mini';
import { fetchCredits } from '../checks/credits.js';
import { sleep } from '../engine/timing.js';
import type { ApiClient } from '../http/api-client.js';
import type { NetworkFailureKind } from '../http/network-error.js';
import type { Settings } from '../settings/settings.js';
import { isPlannedAppointment, lookupPath, type AppointmentPlan, type ListedAppointment } from './plan.js';

/** An id the gate can put in a path: a whole number (the docs) or a plain token (the Node SDK). */
export const appointmentIdSchema = z.union([z.int().check(z.nonnegative()), z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))]);
const listed = z.union([z.looseObject({ content: z.array(z.looseObject({ id: appointmentIdSchema })) }), z.array(z.looseObject({ id: appointmentIdSchema }))]);

export type LostBooking = { kind: 'found'; ids: string[] } | { kind: 'none' } | { kind: 'unknown'; reason: string };

/** Failures where the request cannot have reached the API: nothing can have been booked. */
const NEVER_SENT: readonly NetworkFailureKind[] = ['dns', 'refused', 'tls', 'blocked-address'];

export function cannotHaveBooked(kind: NetworkFailureKind): boolean {
  return NEVER_SENT.includes(kind);
}

const POLL_MS = 500;
const SETTLE_MS = 4_000;

async function findPlanned(client: ApiClient, plan: AppointmentPlan): Promise<{ ok: true; ids: string[] } | { ok: false; reason: string }> {
  const result = await client.get(lookupPath(plan), listed);
  if (!result.ok) return { ok: false, reason: result.problem.kind === 'network' ? result.problem.failure.message : `the list answered ${result.problem.kind}` };
  const items = (Array.isArray(result.data) ? result.data : result.data.content) as ListedAppointment[];
  return { ok: true, ids: items.filter((a) => isPlannedAppointment(a, plan)).map((a) => String(a.id)) };
}

export async function settleLostBooking(
  client: ApiClient,
  plan: AppointmentPlan,
  settings: Settings,
  creditsBefore: number | null,
  signal: AbortSignal,
  settleMs = SETTLE_MS
): Promise<LostBooking> {
  const started = performance.now();
  let lookup: Awaited<ReturnType<typeof findPlanned>>;
  for (;;) {
    lookup = await findPlanned(client, plan);
    if (lookup.ok && lookup.ids.length > 0) return { kind: 'found', ids: lookup.ids };
    if (signal.aborted || performance.now() - started + POLL_MS > settleMs) break;
    await sleep(POLL_MS, signal);
  }
  if (!lookup.ok) return { kind: 'unknown', reason: `looking it up failed (${lookup.reason})` };
  const balance = await fetchCredits(client, settings);
  if (!balance.ok) return { kind: 'unknown', reason: `none was found, but the balance could not be read to confirm (${balance.summary})` };
  if (creditsBefore !== null && balance.value < creditsBefore) {
    return { kind: 'unknown', reason: `none was found, but a credit was spent (${creditsBefore} before, ${balance.value} now)` };
  }
  return { kind: 'none' };
}
