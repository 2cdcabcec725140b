/**
 * Smoke's steps around the booking, each a small function over the run and its state: the
 * balance before, the application's processing of an event, the cancellation, the refund.
 */
import { fetchCredits } from '../domain/credits.js';
import { fail, pass, skip, type CheckOutcome } from '../engine/check.js';
import type { CleanupBudget } from './budget.js';
import { notCancelledAlert } from './cleanup.js';
import { waitForConfirmation } from './confirm.js';
import { confirmUrl } from './plan.js';
import { checkRefund } from './refund.js';
import type { SmokeRun, SmokeState } from './state.js';

/** Credits before: the test costs one, given back on cancel. */
export async function creditsBefore(run: SmokeRun, state: SmokeState): Promise<CheckOutcome> {
  const balance = await fetchCredits(run.api, run.settings);
  if (!balance.ok) return fail(balance.summary, { hints: balance.hints, data: balance.data });
  state.creditsBefore = balance.value;
  const data = { availableCredits: balance.value };
  if (balance.value >= 1) return pass(`${balance.value} credits available`, { data });
  return fail(`${balance.value} credits available: the test appointment cannot be booked`, {
    data,
    hints: ['Buy credits before running the smoke test; nothing was booked.']
  });
}

/** The application processed `event` for appointment `id`: its confirm URL answers 2xx within webhook-wait-seconds. */
export async function confirmEvent(run: SmokeRun, id: string, event: 'appointment.created' | 'appointment.cancelled'): Promise<CheckOutcome> {
  const { settings, confirmTemplate } = run;
  if (!confirmTemplate) {
    return skip('not verified: no webhook-confirm-url, so the application’s processing of the event cannot be seen', {
      hints: ['Give webhook-confirm-url (see the README) to verify the application processed the webhook.']
    });
  }
  const signal = run.stop.signal;
  const seen = await waitForConfirmation(run.http, new URL(confirmUrl(confirmTemplate, id, event)), settings.smoke.webhookWaitSeconds * 1000, signal);
  const data = { event, polls: seen.polls, waitedMs: seen.waitedMs };
  if (seen.confirmed) return pass(`${event} confirmed after ${seen.waitedMs} ms (${seen.polls} poll${seen.polls === 1 ? '' : 's'})`, { data });
  if (signal.aborted) return fail(`${event} not confirmed: the wait was stopped after ${seen.waitedMs} ms`, { data });
  const dashboard = settings.environment === 'production' ? 'Production' : 'Staging';
  return fail(`${event} not confirmed within ${settings.smoke.webhookWaitSeconds} s (last answer: ${seen.last})`, {
    data,
    hints: [
      `The application did not process the webhook: check the webhook URL registered in Dashboard > Webhooks > ${dashboard}, the secret, and the application’s webhook logs.`
    ]
  });
}

/** appointment.created processed: the booking is confirmed. */
export async function confirmBooking(run: SmokeRun, state: SmokeState): Promise<CheckOutcome> {
  const outcome = await confirmEvent(run, state.booked[0]!, 'appointment.created');
  if (outcome.status === 'pass') state.stage = 'confirmed';
  return outcome;
}

/** Cancels every booked appointment within the cleanup's budget; what is left is in the alert. */
export async function cancelBooked(run: SmokeRun, state: SmokeState, ids: readonly string[], budget: CleanupBudget): Promise<CheckOutcome> {
  const done = await run.guard.cancelAll(ids, budget);
  const left = done.filter((d) => !d.cancelled);
  const data = { appointmentIds: ids, attempts: done.map((d) => d.attempts) };
  if (left.length === 0) {
    state.stage = 'cancelled';
    return pass(done.map((d) => `appointment ${d.id} cancelled (${d.detail})`).join('; '), { data });
  }
  // Each one left is still registered, its own alert ready should a fault end the run now.
  state.alerts.push(
    notCancelledAlert(
      run.apiBase,
      left.map((d) => d.id),
      run.settings
    )
  );
  return fail(left.map((d) => `appointment ${d.id} NOT cancelled: ${d.detail}`).join('; '), {
    hints: ['Cancel by hand with the command at the top of this summary.'],
    data
  });
}

/** The credit came back; only comparable when the one appointment cancelled is this run's. */
export async function verifyRefund(run: SmokeRun, state: SmokeState): Promise<CheckOutcome> {
  const cancelled = state.booked.length;
  if (cancelled > 1) {
    return skip(
      `not compared: ${cancelled} test appointments were cancelled (earlier ones left behind among them), so the balance cannot be compared one for one`
    );
  }
  const outcome = await checkRefund(run.api, run.settings, state.creditsBefore!, run.stop.signal);
  if (outcome.status === 'pass') state.stage = 'refunded';
  return outcome;
}
