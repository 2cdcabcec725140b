/**
 * Cancels the test appointment and proves it: DELETE is idempotent, so it is retried; then the
 * appointment is read back, since a 2xx from a proxy or a login page proves nothing and a
 * failed DELETE may have worked with its answer lost.
 */
import * as z from 'zod/mini';
import { shapeOf } from '../http/zod-shape.js';
import type { ApiClient, ApiResult } from '../http/api-client.js';

export interface Cancellation {
  cancelled: boolean;
  /** How it ended, in words for the summary. */
  detail: string;
  attempts: number;
}

const appointmentStatus = shapeOf(z.looseObject({ status: z.optional(z.string()) }));

function describe(result: ApiResult<unknown>): string {
  if (result.ok) return `${result.status}`;
  const p = result.problem;
  if (p.kind === 'network') return p.failure.message;
  if (p.kind === 'status') return `${p.status}${p.code ? ` ${p.code}` : ''}`;
  if (p.kind === 'not-json') return `${p.status} ${p.looksLikeHtml ? 'with an HTML page' : 'with a body that is not JSON'}`;
  return `${'status' in p ? `${p.status} ` : ''}${p.kind}`;
}

/** Gone only when the API itself says so: a 404 from a wrong path proves nothing. */
const notFound = (r: ApiResult<unknown>) => !r.ok && r.problem.kind === 'status' && r.problem.status === 404 && r.problem.code === 'APPOINTMENT_NOT_FOUND';

export async function cancelAppointment(client: ApiClient, appointmentId: string): Promise<Cancellation> {
  const path = `/appointments/${encodeURIComponent(appointmentId)}`;
  const deleted = await client.delete(path);
  const attempts = deleted.attempts.length;
  const check = await client.get(path, appointmentStatus);
  const said = `DELETE answered ${describe(deleted)}`;
  if (check.ok && check.data.status === 'CANCELLED') return { cancelled: true, detail: `${said}; it reads CANCELLED`, attempts };
  if (notFound(check)) return { cancelled: true, detail: `${said}; it no longer exists (404 APPOINTMENT_NOT_FOUND)`, attempts };
  // A plain 204 is the API's own answer; only when it cannot be read back is that word taken.
  if (deleted.ok && deleted.status === 204 && !check.ok && check.problem.kind === 'network') {
    return { cancelled: true, detail: `${said}; reading it back failed (${describe(check)})`, attempts };
  }
  const now = check.ok ? `it still reads ${check.data.status ?? 'without a status'}` : `reading it back failed (${describe(check)})`;
  return { cancelled: false, detail: `${said} after ${attempts} attempt(s); ${now}`, attempts };
}
