/**
 * Cancels the test appointment, insisting: DELETE is idempotent, so it is retried, and a
 * failure is double-checked by reading the appointment back (an earlier DELETE may have worked).
 */
import * as z from 'zod/mini';
import type { ApiClient, ApiResult } from '../http/api-client.js';

export interface Cancellation {
  cancelled: boolean;
  /** How it ended, in words for the summary. */
  detail: string;
  attempts: number;
}

const appointmentStatus = z.looseObject({ status: z.optional(z.string()) });

function describe(result: ApiResult<unknown>): string {
  if (result.ok) return `${result.status}`;
  const p = result.problem;
  if (p.kind === 'network') return p.failure.message;
  if (p.kind === 'status') return `${p.status}${p.code ? ` ${p.code}` : ''}`;
  return p.kind;
}

export async function cancelAppointment(client: ApiClient, appointmentId: string): Promise<Cancellation> {
  const path = `/appointments/${encodeURIComponent(appointmentId)}`;
  const deleted = await client.delete(path);
  const attempts = deleted.attempts.length;
  if (deleted.ok) return { cancelled: true, detail: `DELETE answered ${deleted.status}`, attempts };
  // The DELETE may have worked with its answer lost: the appointment's own status decides.
  const check = await client.get(path, appointmentStatus);
  if (check.ok && check.data.status === 'CANCELLED') {
    return { cancelled: true, detail: `DELETE answered ${describe(deleted)}, but the appointment reads CANCELLED`, attempts };
  }
  // Gone only when the API itself says so: a 404 from a wrong path proves nothing.
  const notFound = (r: ApiResult<unknown>) => !r.ok && r.problem.kind === 'status' && r.problem.status === 404 && r.problem.code === 'APPOINTMENT_NOT_FOUND';
  if (notFound(deleted) && notFound(check)) {
    return { cancelled: true, detail: 'the appointment no longer exists (404)', attempts };
  }
  const now = check.ok ? `it still reads ${check.data.status ?? 'without a status'}` : `reading it back failed too (${describe(check)})`;
  return { cancelled: false, detail: `DELETE failed after ${attempts} attempt(s): ${describe(deleted)}; ${now}`, attempts };
}
