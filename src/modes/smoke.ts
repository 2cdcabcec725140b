/**
 * Smoke mode: the guide's post-deploy verification, live. Books one test appointment, sees
 * its webhook processed, cancels it, sees that processed too, and checks the credit came back.
 * Once an appointment exists it is cancelled whatever happens: a failed step, the deadline or
 * the job being cancelled. Free refusals (wrong key, no credit) come before anything is booked.
 */
import * as z from 'zod/mini';
import { apiClientFor } from '../checks/api-access.js';
import { describeProblem } from '../checks/api-problem.js';
import { apiKeyFindings, apiUrlFindings, judgeConfig, serviceUrlFinding } from '../checks/config.js';
import { fetchCredits } from '../checks/credits.js';
import { checkApiUrl } from '../domain/urls.js';
import { fail, pass, skip, type CheckOutcome, type CheckResult } from '../engine/check.js';
import { abortAt, sleep } from '../engine/timing.js';
import type { ApiClient } from '../http/api-client.js';
import { createHttpClient } from '../http/http-client.js';
import { CHECK_TITLES } from '../settings/check-ids.js';
import { cleanupBudget, cleanupReserveMs } from '../smoke/budget.js';
import { cancelAppointment } from '../smoke/cancel.js';
import { waitForConfirmation } from '../smoke/confirm.js';
import { appointmentIdSchema, cannotHaveBooked, settleLostBooking } from '../smoke/lost-booking.js';
import { confirmUrl, manualCancelCommand, manualLookupCommand, planAppointment } from '../smoke/plan.js';
import type { ModeContext, ModeResult } from './mode.js';

const TITLES = {
  config: CHECK_TITLES.config,
  'credits-before': 'Credits before',
  create: 'Create test appointment',
  'webhook-created': 'appointment.created processed',
  cancel: 'Cancel test appointment',
  'webhook-cancelled': 'appointment.cancelled processed',
  'credits-after': 'Credits after (refund)'
} as const;
type StepId = keyof typeof TITLES;

const created = z.looseObject({ id: appointmentIdSchema });

export async function runSmoke(ctx: ModeContext): Promise<ModeResult> {
  const { settings } = ctx;
  const steps: CheckResult[] = [];
  const record = async (id: StepId, work: () => Promise<CheckOutcome>): Promise<CheckOutcome> => {
    const t0 = performance.now();
    let outcome: CheckOutcome;
    try {
      outcome = await work();
    } catch (error) {
      outcome = fail(`stopped with an error: ${error instanceof Error ? error.message : String(error)}`);
    }
    steps.push({ id, title: TITLES[id], ...outcome, durationMs: Math.round(performance.now() - t0) });
    return outcome;
  };

  // 1. Refusals that cost nothing.
  const confirmTemplate = settings.smoke.webhookConfirmUrl;
  const preconditions = await record('config', async () =>
    judgeConfig([
      ...apiKeyFindings(settings),
      ...apiUrlFindings(settings),
      ...serviceUrlFinding(confirmTemplate && confirmUrl(confirmTemplate, '1', 'appointment.created'), 'webhook-confirm-url', settings.environment)
    ])
  );
  const apiUrl = checkApiUrl(settings.apiUrl, settings.environment);
  if (preconditions.status === 'fail' || !apiUrl.ok) return { checks: steps };

  const stepsDeadline = ctx.deadline - cleanupReserveMs(settings.timeoutSeconds);
  const stepsStop = abortAt(stepsDeadline, ctx.cancelled);
  const http = createHttpClient(ctx.http ?? {});
  const client = (signal: AbortSignal, deadline: number, retries = settings.retries): ApiClient => {
    const access = apiClientFor(settings, { signal, deadline, retries, http });
    // The preconditions above refused every case apiClientFor refuses.
    if (!access.ok) throw new Error(access.outcome.summary);
    return access.client;
  };
  const api = client(stepsStop.signal, stepsDeadline);
  const plan = planAppointment(settings.smoke, new Date());
  /** Every test appointment to cancel: this run's, and earlier ones a lost-answer lookup finds. */
  let booked: string[] = [];
  let alert: ModeResult['alert'];
  let creditsBefore: number | null = null;

  try {
    // 2. Credits before: the test costs one, given back on cancel.
    const before = await record('credits-before', async () => {
      const balance = await fetchCredits(api, settings);
      if (!balance.ok) return fail(balance.summary, { hints: balance.hints, data: balance.data });
      creditsBefore = balance.value;
      const data = { availableCredits: balance.value };
      if (balance.value >= 1) return pass(`${balance.value} credits available`, { data });
      return fail(`${balance.value} credits available: the test appointment cannot be booked`, { data, hints: ['Buy credits before running the smoke test; nothing was booked.'] });
    });
    if (before.status === 'fail') return { checks: steps };

    // 3. Create: never retried blindly; a lost answer is settled by looking the appointment up.
    const creation = await record('create', async () => {
      const result = await api.post('/appointments', plan, created);
      if (result.ok) {
        const id = String(result.data.id);
        booked = [id];
        return pass(`appointment ${id} booked for ${plan.dateTime} in department ${plan.departmentId}`, { data: { appointmentId: id, ...plan } });
      }
      const text = describeProblem(result, 'POST /appointments', settings);
      // Only a 4xx, or a request that never left, says for sure nothing was booked.
      const problem = result.problem;
      const definite = (problem.kind === 'status' && problem.status < 500) || (problem.kind === 'network' && cannotHaveBooked(problem.failure.kind));
      if (definite) return fail(text.summary, { hints: createHints(problem.kind === 'status' ? problem.code : undefined, text.hints), data: { ...plan } });
      const budget = cleanupBudget(ctx.deadline, ctx.cancelled);
      const settled = await settleLostBooking(client(budget.signal, budget.deadline), plan, settings, creditsBefore, budget.signal);
      budget.release();
      if (settled.kind === 'found') {
        // Which one is this run's cannot be told: every test appointment found is cancelled.
        booked = settled.ids;
        return fail(`${text.summary}; the appointment was made all the same (found ${settled.ids.join(', ')} by externalUserId and date) and is cancelled below`, {
          hints: ['The API did not answer the booking: check its status.'],
          data: { found: settled.ids }
        });
      }
      if (settled.kind === 'none') return fail(`${text.summary}; no appointment was made (none found, and the balance is unchanged)`, { hints: text.hints });
      alert = {
        message: `The booking's answer was lost and ${settled.reason}: an appointment of externalUserId ${plan.externalUserId} on ${plan.dateTime} may exist. Find it and cancel it by hand:`,
        command: manualLookupCommand(apiUrl.url, plan, settings.authScheme)
      };
      return fail(`${text.summary}; could not tell whether an appointment was made: ${settled.reason}`, { hints: text.hints });
    });

    // 4. The application processed appointment.created.
    if (booked.length === 1 && creation.status === 'pass') {
      await record('webhook-created', () => confirmStep(booked[0]!, 'appointment.created', stepsStop.signal));
    }
  } finally {
    // 5. Cleanup, guaranteed, with its own budget.
    if (booked.length > 0) {
      const ids = booked;
      const budget = cleanupBudget(ctx.deadline, ctx.cancelled);
      const cancellation = await record('cancel', async () => {
        const cleanupClient = client(budget.signal, budget.deadline, Math.max(settings.retries, 4));
        const done = [];
        for (const id of ids) done.push({ id, ...(await cancelAppointment(cleanupClient, id)) });
        const left = done.filter((d) => !d.cancelled);
        const data = { appointmentIds: ids, attempts: done.map((d) => d.attempts) };
        if (left.length === 0) return pass(done.map((d) => `appointment ${d.id} cancelled (${d.detail})`).join('; '), { data });
        const leftIds = left.map((d) => d.id);
        alert = {
          message: `${leftIds.length === 1 ? `Appointment ${leftIds[0]} was` : `Appointments ${leftIds.join(', ')} were`} NOT cancelled: each holds a real slot and a credit. Cancel by hand now:`,
          command: leftIds.map((id) => manualCancelCommand(apiUrl.url, id, settings.authScheme)).join('; ')
        };
        return fail(left.map((d) => `appointment ${d.id} NOT cancelled: ${d.detail}`).join('; '), { hints: ['Cancel by hand with the command at the top of this summary.'], data });
      });
      budget.release();
      if (cancellation.status === 'pass' && !stepsStop.signal.aborted) {
        if (ids.length === 1) {
          await record('webhook-cancelled', () => confirmStep(ids[0]!, 'appointment.cancelled', stepsStop.signal));
          if (creditsBefore !== null) await record('credits-after', () => refundStep(creditsBefore!, stepsStop.signal));
        } else {
          await record('credits-after', async () =>
            skip(`not compared: ${ids.length} test appointments were cancelled (earlier ones left behind among them), so the balance cannot be compared one for one`)
          );
        }
      }
    }
    stepsStop.abort();
    await http.close();
  }
  const stopped = ctx.cancelled.aborted ? 'the job was cancelled' : performance.now() >= stepsDeadline ? 'the deadline came' : null;
  if (stopped) {
    const hint = alert ? 'Act on the alert at the top of this summary first.' : 'Re-run the smoke test; raise timeout-seconds if the deadline cut it short.';
    steps.push({ id: 'stopped', title: 'Smoke test stopped', ...fail(`stopped early: ${stopped}`, { hints: [hint] }), durationMs: 0 });
  }
  return { checks: steps, outputs: { 'appointment-id': booked.join(',') }, ...(alert ? { alert } : {}) };

  async function confirmStep(id: string, event: string, signal: AbortSignal): Promise<CheckOutcome> {
    if (!confirmTemplate) {
      return skip('not verified: no webhook-confirm-url, so the application’s processing of the event cannot be seen', {
        hints: ['Give webhook-confirm-url (see the README) to verify the application processed the webhook.']
      });
    }
    const seen = await waitForConfirmation(http, new URL(confirmUrl(confirmTemplate, id, event)), settings.smoke.webhookWaitSeconds * 1000, signal);
    const data = { event, polls: seen.polls, waitedMs: seen.waitedMs };
    if (seen.confirmed) return pass(`${event} confirmed after ${seen.waitedMs} ms (${seen.polls} poll${seen.polls === 1 ? '' : 's'})`, { data });
    if (signal.aborted) return fail(`${event} not confirmed: the wait was stopped after ${seen.waitedMs} ms`, { data });
    const dashboard = settings.environment === 'production' ? 'Production' : 'Staging';
    return fail(`${event} not confirmed within ${settings.smoke.webhookWaitSeconds} s (last answer: ${seen.last})`, {
      data,
      hints: [`The application did not process the webhook: check the webhook URL registered in Dashboard > Webhooks > ${dashboard}, the secret, and the application’s webhook logs.`]
    });
  }

  async function refundStep(before: number, signal: AbortSignal): Promise<CheckOutcome> {
    // The refund may land a moment after the DELETE: read a few times before concluding.
    let after: number | null = null;
    for (let read = 1; read <= 3; read++) {
      const balance = await fetchCredits(api, settings);
      if (!balance.ok) return fail(balance.summary, { hints: balance.hints, data: balance.data });
      after = balance.value;
      if (after === before) return pass(`${after} credits, as before: the credit was refunded`, { data: { before, after } });
      if (read < 3) await sleep(500, signal);
    }
    return fail(`${after} credits after, ${before} before: the balance did not come back`, {
      data: { before, after },
      hints: ['If real bookings happened meanwhile, the balance moved for them; otherwise the cancellation was not refunded: check the credit history in the dashboard.']
    });
  }
}

function createHints(code: string | undefined, fallback: string[]): string[] {
  if (code === 'INSUFFICIENT_CREDITS') return ['No credit left to book: buy credits. Nothing was booked.'];
  if (code === 'DEPARTMENT_NOT_FOUND') return ['department-id does not exist for this key’s organization: use an id from GET /departments.'];
  if (code === 'SLOT_NOT_AVAILABLE' || code === 'DUPLICATE_APPOINTMENT') {
    return ['The slot is taken (maybe by an earlier smoke test left behind): choose another appointment-datetime, and cancel any leftover test appointment.'];
  }
  return fallback;
}
