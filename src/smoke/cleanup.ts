/**
 * Cancelling the test appointments, the same way whether smoke's own cleanup or the emergency
 * finish does it: over a transport of its own (never one another step has closed), retried,
 * read back, and never throwing.
 */
import { apiClientFor } from '../domain/api-access.js';
import type { CleanupEntry } from '../finish/cleanup-registry.js';
import { faultText } from '../finish/fault-text.js';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../http/http-client.js';
import type { Alert } from '../report/run-report.js';
import type { Settings } from '../settings/settings.js';
import { cancelAppointment, type Cancellation } from './cancel.js';
import { settleLostBooking } from './lost-booking.js';
import { manualCancelCommand, manualLookupCommand, type AppointmentPlan } from './plan.js';

/** Closing must not turn a finished step into a failure, whatever the transport does. */
export async function closeQuietly(http: HttpClient): Promise<void> {
  try {
    await http.close();
  } catch {
    /* the connections are gone either way */
  }
}

/** Retries for the DELETE and the read-back: more than a read's, as an appointment left behind costs most. */
const cleanupRetries = (settings: Settings) => Math.max(settings.retries, 4);

export async function cancelOnOwnTransport(
  settings: Settings,
  id: string,
  signal: AbortSignal,
  deadline: number,
  options: HttpClientOptions = {}
): Promise<Cancellation> {
  const http = createHttpClient(options);
  try {
    const access = apiClientFor(settings, { signal, deadline, retries: cleanupRetries(settings), http });
    if (!access.ok) return { cancelled: false, detail: access.outcome.summary, attempts: 0 };
    return await cancelAppointment(access.client, id);
  } catch (error) {
    return { cancelled: false, detail: `stopped with an error: ${faultText(error)}`, attempts: 0 };
  } finally {
    await closeQuietly(http);
  }
}

export function notCancelledAlert(apiUrl: URL, ids: readonly string[], settings: Settings): Alert {
  return {
    message: `${ids.length === 1 ? `Appointment ${ids[0]} was` : `Appointments ${ids.join(', ')} were`} NOT cancelled: each holds a real slot and a credit. Cancel by hand now:`,
    command: ids.map((id) => manualCancelCommand(apiUrl, id, settings.authScheme)).join('; ')
  };
}

/** A booked appointment, as the emergency finish must cancel it. */
export function bookingEntry(apiUrl: URL, id: string, settings: Settings, options?: HttpClientOptions): CleanupEntry {
  return {
    label: `appointment ${id}`,
    alert: notCancelledAlert(apiUrl, [id], settings),
    undo: async (signal, deadline) => {
      const done = await cancelOnOwnTransport(settings, id, signal, deadline, options);
      return { undone: done.cancelled, detail: done.detail };
    }
  };
}

/** An appointment that may exist and only a person can find: alert, never cancel. */
export function lookupAlert(apiUrl: URL, plan: AppointmentPlan, settings: Settings, reason: string): Alert {
  return {
    message: `The booking's answer was lost and ${reason}: an appointment of externalUserId ${plan.externalUserId} on ${plan.dateTime} may exist. Find it and cancel it by hand (only if it is the test's):`,
    command: manualLookupCommand(apiUrl, plan, settings.authScheme)
  };
}

/**
 * A booking under way: should the run end before its answer is in, the appointment is looked
 * up, and cancelled only when proven the test's own; anything else is left to the alert.
 */
export function bookingInFlightEntry(
  apiUrl: URL,
  plan: AppointmentPlan,
  settings: Settings,
  creditsBefore: number | null,
  options: HttpClientOptions = {}
): CleanupEntry {
  return {
    label: 'the booking under way',
    alert: lookupAlert(apiUrl, plan, settings, 'the run stopped before it came'),
    undo: async (signal, deadline) => {
      const http = createHttpClient(options);
      try {
        const access = apiClientFor(settings, { signal, deadline, retries: cleanupRetries(settings), http });
        if (!access.ok) return { undone: false, detail: access.outcome.summary };
        const settled = await settleLostBooking(access.client, plan, settings, creditsBefore, signal, { settleMs: 2_000 });
        if (settled.kind === 'none') return { undone: true, detail: 'no appointment was made (none found, and the balance is unchanged)' };
        if (settled.kind === 'unknown') return { undone: false, detail: `could not tell whether an appointment was made: ${settled.reason}` };
        const done = [];
        for (const id of settled.ids) done.push({ id, ...(await cancelAppointment(access.client, id)) });
        const detail = done.map((d) => `appointment ${d.id} ${d.cancelled ? 'cancelled' : 'NOT cancelled'} (${d.detail})`).join('; ');
        return { undone: settled.unattributed.length === 0 && done.every((d) => d.cancelled), detail };
      } catch (error) {
        return { undone: false, detail: `stopped with an error: ${faultText(error)}` };
      } finally {
        await closeQuietly(http);
      }
    }
  };
}
