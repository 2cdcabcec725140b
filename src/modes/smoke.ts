/**
 * Smoke mode: the guide's post-deploy verification, live. Books one test appointment, sees
 * its webhook processed, cancels it, sees that processed too, and checks the credit came back.
 * Once an appointment exists it is cancelled whatever happens: a failed step, the deadline or
 * the job being cancelled. Free refusals (wrong key, no credit) come before anything is booked.
 */
import * as z from 'zod/mini';
import { apiClientFor } from '../domain/api-access.js';
import { describeProblem } from '../domain/api-problem.js';
import { apiKeyFindings, apiUrlFindings, judgeConfig, serviceUrlFinding } from '../domain/findings.js';
import { fetchCredits } from '../domain/credits.js';
import { checkApiUrl } from '../domain/urls.js';
import { fail, pass, skip, type CheckOutcome, type CheckResult } from '../engine/check.js';
import { abortAt } from '../engine/timing.js';
import type { ApiClient } from '../http/api-client.js';
import { createHttpClient } from '../http/http-client.js';
import { CHECK_TITLES } from '../settings/check-ids.js';
import { mergeAlerts } from '../finish/cleanup-registry.js';
import { faultText } from '../finish/fault-text.js';
import type { Alert } from '../report/run-report.js';
import { readBookingAnswer, recordingPosts } from '../smoke/booking-answer.js';
import { cleanupBudget, cleanupReserveMs } from '../smoke/budget.js';
import { bookingEntry, bookingInFlightEntry, cancelOnOwnTransport, closeQuietly, lookupAlert, notCancelledAlert } from '../smoke/cleanup.js';
import { waitForConfirmation } from '../smoke/confirm.js';
import { appointmentIdSchema, cannotHaveBooked, settleLostBooking } from '../smoke/lost-booking.js';
import { confirmUrl, planAppointment } from '../smoke/plan.js';
import { checkRefund, STOPPED_HINT } from '../smoke/refund.js';
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
  // Should a fault end the run, the steps done so far are still reported.
  ctx.cleanup.setProgress(() => steps);
  const record = async (id: StepId, work: () => Promise<CheckOutcome>): Promise<CheckOutcome> => {
    const t0 = performance.now();
    let outcome: CheckOutcome;
    try {
      outcome = await work();
    } catch (error) {
      outcome = fail(`stopped with an error: ${faultText(error)}`);
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
  const apiBase = apiUrl.url;

  const stepsDeadline = ctx.deadline - cleanupReserveMs(settings.timeoutSeconds);
  const stepsStop = abortAt(stepsDeadline, ctx.cancelled);
  // The steps' transport; the booking's answer is kept raw, to be read whatever its status.
  const transport = recordingPosts(createHttpClient(ctx.http ?? {}));
  const http = transport.http;
  const client = (signal: AbortSignal, deadline: number): ApiClient => {
    const access = apiClientFor(settings, { signal, deadline, http });
    // The preconditions above refused every case apiClientFor refuses.
    if (!access.ok) throw new Error(access.outcome.summary);
    return access.client;
  };
  const api = client(stepsStop.signal, stepsDeadline);
  const plan = planAppointment(settings.smoke, new Date());
  /** Every test appointment to cancel: this run's, and earlier ones a lost-answer lookup finds. */
  const booked: string[] = [];
  const released = new Map<string, () => void>();
  const alerts: Alert[] = [];
  /** Registered the moment it is known, so even a fault that ends the run cancels it. */
  const track = (id: string) => {
    if (released.has(id)) return;
    booked.push(id);
    released.set(id, ctx.cleanup.register(bookingEntry(apiBase, id, settings, ctx.http)));
    ctx.cleanup.setOutput('appointment-id', booked.join(','));
  };
  /** Something only a person can settle: in the alert now, and in an emergency's too. */
  const raise = (alert: Alert) => {
    alerts.push(alert);
    ctx.cleanup.register({ label: 'a possible test appointment', alert });
  };
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
    // Until its answer is read, a fault ending the run looks the booking up to cancel it.
    const bookingUnderWay = ctx.cleanup.register(bookingInFlightEntry(apiBase, plan, settings, creditsBefore, ctx.http));
    const creation = await record('create', async () => {
      const result = await api.post('/appointments', plan, created);
      const post = transport.lastPost();
      const answer = result.ok ? ({ kind: 'booked', id: String(result.data.id) } as const) : post ? readBookingAnswer(post.body) : ({ kind: 'silent' } as const);
      if (answer.kind === 'booked') track(answer.id);
      if (result.ok) return pass(`appointment ${answer.kind === 'booked' ? answer.id : ''} booked for ${plan.dateTime} in department ${plan.departmentId}`, { data: { appointmentId: booked[0], ...plan } });
      const text = describeProblem(result, 'POST /appointments', settings);
      if (answer.kind === 'booked') {
        // An id is a booking, whatever else the answer says: it is cancelled like any other.
        return fail(`${text.summary}; yet the answer carries appointment ${answer.id}: taken as booked, and cancelled below`, {
          hints: ['The API answered the booking in a way it does not document: check its status before promoting.'],
          data: { appointmentId: answer.id, ...plan }
        });
      }
      // Only a 4xx with no id in it, or a request that never left, says for sure nothing was booked.
      const problem = result.problem;
      const refused = problem.kind === 'status' && problem.status >= 400 && problem.status < 500 && answer.kind === 'silent';
      const neverSent = problem.kind === 'network' && cannotHaveBooked(problem.failure.kind);
      if (refused || neverSent) return fail(text.summary, { hints: createHints(problem.kind === 'status' ? problem.code : undefined, text.hints), data: { ...plan } });
      const budget = cleanupBudget(ctx.deadline, ctx.cancelled);
      const certain = answer.kind === 'unusable-id' ? `its id ${answer.shown} cannot be used to cancel it` : undefined;
      const settled = await settleLostBooking(client(budget.signal, budget.deadline), plan, settings, creditsBefore, budget.signal, { certain }).finally(budget.release);
      const seen = answer.kind === 'maybe' ? ` (it carries an id at ${answer.where})` : answer.kind === 'unusable-id' ? ` (it carries the unusable id ${answer.shown})` : '';
      if (settled.kind === 'none') return fail(`${text.summary}${seen}; no appointment was made (none found, and the balance is unchanged)`, { hints: text.hints });
      if (settled.unattributed.length > 0 || settled.kind === 'unknown') {
        raise(lookupAlert(apiBase, plan, settings, settled.kind === 'unknown' ? settled.reason : `the list also shows ${settled.unattributed.map((u) => u.id).join(', ')}, which cannot be proven the test's own`));
      }
      if (settled.kind === 'unknown') return fail(`${text.summary}${seen}; could not tell whether an appointment was made: ${settled.reason}`, { hints: text.hints });
      // Which one is this run's cannot be told: every appointment proven the test's is cancelled.
      for (const id of settled.ids) track(id);
      return fail(`${text.summary}${seen}; the appointment was made all the same (found ${settled.ids.join(', ')} by name, externalUserId and date) and is cancelled below`, {
        hints: ['The API did not answer the booking as documented: check its status.'],
        data: { found: settled.ids }
      });
    });

    bookingUnderWay();

    // 4. The application processed appointment.created.
    if (booked.length === 1 && creation.status === 'pass') {
      await record('webhook-created', () => confirmStep(booked[0]!, 'appointment.created', stepsStop.signal));
    }
  } finally {
    // 5. Cleanup, guaranteed, with its own budget and its own transport.
    if (booked.length > 0) await cleanUp([...booked]);
    stepsStop.abort();
    await closeQuietly(http);
  }
  const stopped = ctx.cancelled.aborted ? 'the job was cancelled' : performance.now() >= stepsDeadline ? 'the deadline came' : null;
  const alert = mergeAlerts(alerts);
  if (stopped) {
    const hint = alert ? 'Act on the alert at the top of this summary first.' : STOPPED_HINT;
    steps.push({ id: 'stopped', title: 'Smoke test stopped', ...fail(`stopped early: ${stopped}`, { hints: [hint] }), durationMs: 0 });
  }
  return { checks: steps, outputs: { 'appointment-id': booked.join(',') }, ...(alert ? { alert } : {}) };

  async function cleanUp(ids: string[]): Promise<void> {
    const budget = cleanupBudget(ctx.deadline, ctx.cancelled);
    const cancellation = await record('cancel', async () => {
      const done = await Promise.all(ids.map(async (id) => ({ id, ...(await cancelOnOwnTransport(settings, id, budget.signal, budget.deadline, ctx.http)) })));
      for (const d of done) if (d.cancelled) released.get(d.id)?.();
      const left = done.filter((d) => !d.cancelled);
      const data = { appointmentIds: ids, attempts: done.map((d) => d.attempts) };
      if (left.length === 0) return pass(done.map((d) => `appointment ${d.id} cancelled (${d.detail})`).join('; '), { data });
      alerts.push(notCancelledAlert(apiBase, left.map((d) => d.id), settings));
      return fail(left.map((d) => `appointment ${d.id} NOT cancelled: ${d.detail}`).join('; '), { hints: ['Cancel by hand with the command at the top of this summary.'], data });
    });
    budget.release();
    if (cancellation.status !== 'pass' || stepsStop.signal.aborted) return;
    if (ids.length === 1) {
      await record('webhook-cancelled', () => confirmStep(ids[0]!, 'appointment.cancelled', stepsStop.signal));
      if (creditsBefore !== null) await record('credits-after', () => checkRefund(api, settings, creditsBefore!, stepsStop.signal));
    } else {
      await record('credits-after', async () =>
        skip(`not compared: ${ids.length} test appointments were cancelled (earlier ones left behind among them), so the balance cannot be compared one for one`)
      );
    }
  }

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
}

function createHints(code: string | undefined, fallback: string[]): string[] {
  if (code === 'INSUFFICIENT_CREDITS') return ['No credit left to book: buy credits. Nothing was booked.'];
  if (code === 'DEPARTMENT_NOT_FOUND') return ['department-id does not exist for this key’s organization: use an id from GET /departments.'];
  if (code === 'SLOT_NOT_AVAILABLE' || code === 'DUPLICATE_APPOINTMENT') {
    return ['The slot is taken (maybe by an earlier smoke test left behind): choose another appointment-datetime, and cancel any leftover test appointment.'];
  }
  return fallback;
}
