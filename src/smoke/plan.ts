/** The test appointment smoke mode books, and how to recognise it again. Pure. */
import { displayUrl, joinUrl } from '../domain/urls.js';
import type { SmokeSettings } from '../settings/settings.js';

export interface AppointmentPlan {
  departmentId: number;
  /** Local, no zone: 2026-02-15T10:00:00. */
  dateTime: string;
  name: string;
  externalUserId: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The next day at 10:00, in the runner's local time, as the API expects it (no zone). */
export function defaultDateTime(now: Date): string {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 10, 0, 0);
  return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}T10:00:00`;
}

export function planAppointment(smoke: SmokeSettings, now: Date): AppointmentPlan {
  return {
    // Settings require it in smoke mode; 0 is never a department, so the API would refuse it.
    departmentId: smoke.departmentId ?? 0,
    dateTime: smoke.appointmentDateTime ?? defaultDateTime(now),
    name: smoke.appointmentName,
    externalUserId: smoke.externalUserId
  };
}

export interface ListedAppointment {
  id: number | string;
  dateTime?: unknown;
  status?: unknown;
  name?: unknown;
  externalUserId?: unknown;
}

/**
 * Whose a listed appointment is. `ours` only when name, externalUserId and date are all present
 * and equal to the plan's: a field the server leaves out proves nothing, so such an appointment
 * is `unattributable` (named in the alert, never cancelled); one that differs is `other`.
 */
export type Attribution = { kind: 'ours' } | { kind: 'unattributable'; missing: string[] } | { kind: 'other' };

const LIVE = ['SCHEDULED', 'PENDING_PAYMENT'];

export function attributeAppointment(a: ListedAppointment, plan: AppointmentPlan): Attribution {
  if (a.status !== undefined && !LIVE.includes(String(a.status))) return { kind: 'other' };
  // To the minute: servers write 10:00, 10:00:00, 10:00:00.000 or "2026-12-01 10:00".
  const minute = (t: string) => t.trim().replace(' ', 'T').slice(0, 16);
  const text = (t: string) => t.trim().toLowerCase();
  const fields = [
    { name: 'dateTime', value: a.dateTime, same: (v: string) => minute(v) === minute(plan.dateTime) },
    { name: 'externalUserId', value: a.externalUserId, same: (v: string) => text(v) === text(plan.externalUserId) },
    { name: 'name', value: a.name, same: (v: string) => text(v) === text(plan.name) }
  ];
  const missing: string[] = [];
  for (const field of fields) {
    if (typeof field.value !== 'string' || field.value.trim() === '') missing.push(field.name);
    else if (!field.same(field.value)) return { kind: 'other' };
  }
  return missing.length === 0 ? { kind: 'ours' } : { kind: 'unattributable', missing };
}

/** Whether a listed appointment is provably the one this run booked (and may still need cancelling). */
export function isPlannedAppointment(a: ListedAppointment, plan: AppointmentPlan): boolean {
  return attributeAppointment(a, plan).kind === 'ours';
}

/** The list query that finds the planned appointment: by externalUserId and its day. */
export function lookupPath(plan: AppointmentPlan): string {
  const day = plan.dateTime.slice(0, 10);
  const query = new URLSearchParams({ externalUserId: plan.externalUserId, startDate: day, endDate: day, size: '100' });
  return `/appointments?${query.toString()}`;
}

/** The confirm URL for one event, values encoded so an id cannot change the URL's shape. */
export function confirmUrl(template: string, appointmentId: string, event: string): string {
  return template.replaceAll('{appointmentId}', encodeURIComponent(appointmentId)).replaceAll('{event}', encodeURIComponent(event));
}

/** The header of a hand-run command: the key is referenced by its variable, never written. */
function curlAuthHeader(authScheme: 'x-api-key' | 'bearer'): string {
  return authScheme === 'bearer' ? 'Authorization: Bearer $MONCRENEAU_API_KEY' : 'X-API-Key: $MONCRENEAU_API_KEY';
}

/** A URL quoted for a POSIX shell: single quotes, with any quote in it percent-encoded. */
const shellUrl = (url: string) => `'${url.replace(/'/g, '%27')}'`;

/** The exact command to cancel by hand. */
export function manualCancelCommand(apiUrl: URL, appointmentId: string, authScheme: 'x-api-key' | 'bearer'): string {
  const url = displayUrl(joinUrl(apiUrl, `/appointments/${encodeURIComponent(appointmentId)}`));
  return `curl -X DELETE ${shellUrl(url)} -H "${curlAuthHeader(authScheme)}"`;
}

/** The exact command that lists the appointments the test may have left, to find one by hand. */
export function manualLookupCommand(apiUrl: URL, plan: AppointmentPlan, authScheme: 'x-api-key' | 'bearer'): string {
  return `curl ${shellUrl(joinUrl(apiUrl, lookupPath(plan)).toString())} -H "${curlAuthHeader(authScheme)}"`;
}
