/**
 * Smoke mode: the guide's post-deploy verification, live. Books one test appointment, sees
 * its webhook processed, cancels it, sees that processed too, and checks the credit came back.
 * Once an appointment exists it is cancelled whatever happens: a failed step, the deadline or
 * the job being cancelled. Free refusals (wrong key, no credit) come before anything is booked.
 */
import * as z from 'zod/mini';
import { apiKeyFindings, apiUrlFindings, judgeConfig } from '../checks/config.js';
import { readCredits } from '../checks/credits.js';
import { describeProblem } from '../checks/api-access.js';
import { checkApiUrl, checkServiceUrl } from '../domain/urls.js';
import { fail, pass, skip, type CheckContext, type CheckOutcome, type CheckResult } from '../engine/check.js';
import { abortAt } from '../engine/timing.js';
import { createApiClient, type ApiClient } from '../http/api-client.js';
import { createHttpClient } from '../http/http-client.js';
import { cancelAppointment } from '../smoke/cancel.js';
import { waitForConfirmation } from '../smoke/confirm.js';
import {
  confirmUrl,
  isPlannedAppointment,
  lookupPath,
  manualCancelCommand,
  planAppointment,
  type AppointmentPlan,
  type ListedAppointment
} from '../smoke/plan.js';
import type { ModeContext, ModeResult } from './mode.js';

const TITLES = {
  config: 'Configuration',
  'credits-before': 'Credits before',
  create: 'Create test appointment',
  'webhook-created': 'appointment.created processed',
  cancel: 'Cancel test appointment',
  'webhook-cancelled': 'appointment.cancelled processed',
  'credits-after': 'Credits after (refund)'
} as const;
type StepId = keyof typeof TITLES;

/** An id the gate can put in a path: a whole number (the docs) or a plain token (the Node SDK). */
const appointmentId = z.union([z.int().check(z.nonnegative()), z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))]);
const created = z.looseObject({ id: appointmentId });
const listed = z.union([z.looseObject({ content: z.array(z.looseObject({ id: appointmentId })) }), z.array(z.looseObject({ id: appointmentId }))]);

/** Time kept back from the steps so the cancellation always has room before the deadline. */
export function cleanupReserveMs(timeoutSeconds: number): number {
  return Math.min(15_000, Math.max(2_000, (timeoutSeconds * 1000) / 4));
}

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
  const preconditions = await record('config', async () => {
    const findings = [...apiKeyFindings(settings), ...apiUrlFindings(settings)];
    if (confirmTemplate) {
      const sample = checkServiceUrl(confirmUrl(confirmTemplate, '1', 'appointment.created'), 'webhook-confirm-url', settings.environment);
      findings.push(sample.ok ? { status: 'pass', text: 'webhook-confirm-url usable' } : { status: 'fail', text: sample.problem, hint: sample.hint });
    }
    return judgeConfig(findings);
  });
  const apiUrl = checkApiUrl(settings.apiUrl, settings.environment);
  if (preconditions.status === 'fail' || !apiUrl.ok) return { checks: steps, outputs: { 'appointment-id': '' } };

  const stepsDeadline = ctx.deadline - cleanupReserveMs(settings.timeoutSeconds);
  const stepsStop = abortAt(stepsDeadline, ctx.cancelled);
  const http = createHttpClient(ctx.http ?? {});
  const client = (signal: AbortSignal, deadline: number, retries = settings.retries): ApiClient =>
    createApiClient({ baseUrl: apiUrl.url, apiKey: settings.apiKey.trim(), authScheme: settings.authScheme, retries, signal, deadline, http });
  const api = client(stepsStop.signal, stepsDeadline);
  const checkCtx: CheckContext = { settings, env: ctx.env, signal: stepsStop.signal, deadline: stepsDeadline, http: ctx.http };
  const plan = planAppointment(settings.smoke, settings.smoke.departmentId ?? 0, new Date());
  let appointmentId: string | null = null;
  let alert: ModeResult['alert'];
  let creditsBefore: number | null = null;

  const readBalance = async (): Promise<{ value: number } | { outcome: CheckOutcome }> => {
    const result = await api.get(settings.creditsPath, z.unknown());
    if (!result.ok) {
      const text = describeProblem(result, settings.creditsPath, checkCtx);
      return { outcome: fail(text.summary, { hints: text.hints }) };
    }
    const read = readCredits(result.data, settings.creditsField);
    return read.ok ? { value: read.value } : { outcome: fail(`${settings.creditsPath}: ${read.problem}`, { hints: ['Set credits-path and credits-field to where your balance is served.'] }) };
  };

  try {
    // 2. Credits before: the test costs one, given back on cancel.
    const before = await record('credits-before', async () => {
      const read = await readBalance();
      if ('outcome' in read) return read.outcome;
      creditsBefore = read.value;
      if (read.value < 1) {
        return fail(`${read.value} credits available: the test appointment cannot be booked`, {
          data: { availableCredits: read.value },
          hints: ['Buy credits before running the smoke test; nothing was booked.']
        });
      }
      return pass(`${read.value} credits available`, { data: { availableCredits: read.value } });
    });
    if (before.status === 'fail') return { checks: steps, outputs: { 'appointment-id': '' } };

    // 3. Create: never retried blindly; a lost answer is settled by looking the appointment up.
    const creation = await record('create', async () => {
      const result = await api.post('/appointments', plan, created);
      if (result.ok) {
        appointmentId = String(result.data.id);
        return pass(`appointment ${appointmentId} booked for ${plan.dateTime} in department ${plan.departmentId}`, { data: { appointmentId, ...plan } });
      }
      const text = describeProblem(result, 'POST /appointments', checkCtx);
      // Only a 4xx says for sure nothing was booked; a lost, failed or unreadable answer may hide one.
      const definite = result.problem.kind === 'status' && result.problem.status < 500;
      if (definite) return fail(text.summary, { hints: createHints(result.problem.kind === 'status' ? result.problem.code : undefined, text.hints), data: { ...plan } });
      // The answer is lost: the appointment may exist all the same. Look, with a fresh budget.
      const budget = cleanupBudget();
      const found = await findPlanned(client(budget.signal, budget.deadline), plan);
      budget.release();
      if (found.ok && found.ids.length > 0) {
        appointmentId = found.ids[0]!;
        return fail(`${text.summary}; the appointment was made all the same (found ${found.ids.join(', ')} by externalUserId and date) and is cancelled below`, {
          hints: ['The API did not answer the booking: check its status. Nothing is left behind.'],
          data: { appointmentId, found: found.ids }
        });
      }
      if (found.ok) {
        // None found, but a credit gone means one was booked where the lookup cannot see it.
        const balance = await readBalance();
        const spent = 'value' in balance && creditsBefore !== null && balance.value < creditsBefore;
        if (!spent) return fail(`${text.summary}; no appointment was made (none found by externalUserId and date)`, { hints: text.hints });
        alert = {
          message: `The booking's answer was lost and a credit was spent, but no appointment of externalUserId ${plan.externalUserId} on ${plan.dateTime} could be found. Find it and cancel it by hand:`,
          command: `curl '${lookupUrl(apiUrl.url, plan)}' -H "${authHeader(settings.authScheme)}"`
        };
        return fail(`${text.summary}; a credit was spent but the appointment could not be found`, { hints: text.hints });
      }
      alert = {
        message: `The booking's answer was lost and looking it up failed: an appointment of externalUserId ${plan.externalUserId} on ${plan.dateTime} may exist. Check and cancel it by hand:`,
        command: `curl '${lookupUrl(apiUrl.url, plan)}' -H "${authHeader(settings.authScheme)}"`
      };
      return fail(`${text.summary}; could not tell whether an appointment was made (${found.reason})`, { hints: text.hints });
    });

    // 4. The application processed appointment.created.
    if (appointmentId !== null && creation.status === 'pass') {
      await record('webhook-created', () => confirmStep(appointmentId!, 'appointment.created', stepsStop.signal));
    }
  } finally {
    // 5. Cleanup, guaranteed: its own budget up to the hard deadline, or 8 s after a cancel.
    if (appointmentId !== null) {
      const id: string = appointmentId;
      const budget = cleanupBudget();
      const cancellation = await record('cancel', async () => {
        const done = await cancelAppointment(client(budget.signal, budget.deadline, Math.max(settings.retries, 4)), id);
        if (done.cancelled) return pass(`appointment ${id} cancelled (${done.detail})`, { data: { appointmentId: id, attempts: done.attempts } });
        alert = {
          message: `Appointment ${id} was NOT cancelled: it holds a real slot and a credit. Cancel it by hand now:`,
          command: manualCancelCommand(apiUrl.url, id, settings.authScheme)
        };
        return fail(`appointment ${id} NOT cancelled: ${done.detail}`, { hints: ['Cancel it by hand with the command at the top of this summary.'] });
      });
      budget.release();
      const stillRunning = !ctx.cancelled.aborted && performance.now() < stepsDeadline;
      if (cancellation.status === 'pass' && stillRunning) {
        await record('webhook-cancelled', () => confirmStep(id, 'appointment.cancelled', stepsStop.signal));
        if (creditsBefore !== null) await record('credits-after', () => refundStep(creditsBefore!));
      }
    }
    stepsStop.abort();
    await http.close();
  }
  const stopped = ctx.cancelled.aborted ? 'the job was cancelled' : performance.now() >= stepsDeadline ? 'the deadline came' : null;
  if (stopped) steps.push({ id: 'stopped', title: 'Smoke test stopped', ...fail(`stopped early: ${stopped}`, { hints: ['Re-run the smoke test; raise timeout-seconds if the deadline cut it short.'] }), durationMs: 0 });
  return { checks: steps, outputs: { 'appointment-id': appointmentId ?? '' }, ...(alert ? { alert } : {}) };

  /**
   * Time for putting things right (finding and cancelling the appointment): up to the hard
   * deadline, or 8 s once the job is cancelled, since the runner kills the process soon after.
   */
  function cleanupBudget(): { signal: AbortSignal; deadline: number; release: () => void } {
    const deadline = ctx.cancelled.aborted ? Math.min(ctx.deadline, performance.now() + 8_000) : ctx.deadline;
    const stop = abortAt(deadline, new AbortController().signal);
    // A cancel arriving during the cleanup leaves it those same 8 s, not the whole deadline.
    const onCancel = () => setTimeout(() => stop.abort(new Error('cancelled')), 8_000).unref();
    ctx.cancelled.addEventListener('abort', onCancel, { once: true });
    const release = () => {
      ctx.cancelled.removeEventListener('abort', onCancel);
      stop.abort();
    };
    return { signal: stop.signal, deadline, release };
  }

  async function confirmStep(id: string, event: string, signal: AbortSignal): Promise<CheckOutcome> {
    if (!confirmTemplate) {
      return skip('not verified: no webhook-confirm-url, so the application’s processing of the event cannot be seen', {
        hints: ['Give webhook-confirm-url (see the README) to verify the application processed the webhook.']
      });
    }
    const url = new URL(confirmUrl(confirmTemplate, id, event));
    const waitMs = settings.smoke.webhookWaitSeconds * 1000;
    const seen = await waitForConfirmation(http, url, waitMs, signal);
    const data = { event, polls: seen.polls, waitedMs: seen.waitedMs };
    if (seen.confirmed) return pass(`${event} confirmed after ${seen.waitedMs} ms (${seen.polls} poll${seen.polls === 1 ? '' : 's'})`, { data });
    if (signal.aborted) return fail(`${event} not confirmed: the wait was stopped after ${seen.waitedMs} ms`, { data });
    return fail(`${event} not confirmed within ${settings.smoke.webhookWaitSeconds} s (last answer: ${seen.last})`, {
      data,
      hints: [
        `The application did not process the webhook: check the webhook URL registered in Dashboard > Webhooks > ${settings.environment === 'production' ? 'Production' : 'Staging'}, the secret, and the application’s webhook logs.`
      ]
    });
  }

  async function refundStep(before: number): Promise<CheckOutcome> {
    // The refund may land a moment after the DELETE: read a few times before concluding.
    let last: number | null = null;
    for (let i = 0; i < 3; i++) {
      const read = await readBalance();
      if ('outcome' in read) return read.outcome;
      last = read.value;
      if (last === before) return pass(`${last} credits, as before: the credit was refunded`, { data: { before, after: last } });
      await new Promise((r) => setTimeout(r, 500));
    }
    return fail(`${last} credits after, ${before} before: the balance did not come back`, {
      data: { before, after: last },
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

function authHeader(scheme: 'x-api-key' | 'bearer'): string {
  return scheme === 'bearer' ? 'Authorization: Bearer $MONCRENEAU_API_KEY' : 'X-API-Key: $MONCRENEAU_API_KEY';
}

function lookupUrl(base: URL, plan: AppointmentPlan): string {
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}${lookupPath(plan)}`.replace(/'/g, '%27');
}

async function findPlanned(client: ApiClient, plan: AppointmentPlan): Promise<{ ok: true; ids: string[] } | { ok: false; reason: string }> {
  const result = await client.get(lookupPath(plan), listed);
  if (!result.ok) return { ok: false, reason: result.problem.kind === 'network' ? result.problem.failure.message : `${result.problem.kind}` };
  const items = Array.isArray(result.data) ? result.data : result.data.content;
  return { ok: true, ids: (items as ListedAppointment[]).filter((a) => isPlannedAppointment(a, plan)).map((a) => String(a.id)) };
}
