/**
 * Smoke mode: the guide's post-deploy verification, live. Books one test appointment, sees
 * its webhook processed, cancels it, sees that processed too, and checks the credit came back.
 * Once an appointment exists it is cancelled whatever happens: a failed step, the deadline or
 * the job being cancelled. Free refusals (wrong key, no credit) come before anything is booked.
 * The steps are small functions over the run and its state (src/smoke/steps.ts, book.ts); this
 * file only orders them and keeps the rows.
 */
import { apiKeyFindings, apiUrlFindings, judgeConfig, serviceUrlFinding } from '../domain/findings.js';
import { checkApiUrl } from '../domain/urls.js';
import { fail, type CheckOutcome, type CheckResult } from '../engine/check.js';
import { CHECK_TITLES } from '../settings/check-ids.js';
import { mergeAlerts } from '../finish/cleanup-registry.js';
import { faultText } from '../finish/fault-text.js';
import { book } from '../smoke/book.js';
import { cleanupBudget } from '../smoke/budget.js';
import { closeQuietly } from '../smoke/cleanup.js';
import { confirmUrl } from '../smoke/plan.js';
import { STOPPED_HINT } from '../smoke/refund.js';
import { createSmokeRun } from '../smoke/run.js';
import { initialState, type SmokeRun, type SmokeState } from '../smoke/state.js';
import { cancelBooked, confirmBooking, confirmEvent, creditsBefore, verifyRefund } from '../smoke/steps.js';
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

/** Runs one step and keeps its row; a step that throws is a failed row, never a fault of the run. */
type RecordStep = (id: StepId, work: () => Promise<CheckOutcome>) => Promise<CheckOutcome>;

function recorder(rows: CheckResult[]): RecordStep {
  return async (id, work) => {
    const t0 = performance.now();
    let outcome: CheckOutcome;
    try {
      outcome = await work();
    } catch (error) {
      outcome = fail(`stopped with an error: ${faultText(error)}`);
    }
    rows.push({ id, title: TITLES[id], ...outcome, durationMs: Math.round(performance.now() - t0) });
    return outcome;
  };
}

export async function runSmoke(ctx: ModeContext): Promise<ModeResult> {
  const { settings } = ctx;
  const rows: CheckResult[] = [];
  // Should a fault end the run, the steps done so far are still reported.
  ctx.cleanup.setProgress(() => rows);
  const record = recorder(rows);

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
  if (preconditions.status === 'fail' || !apiUrl.ok) return { checks: rows };

  const run = createSmokeRun({ settings, apiBase: apiUrl.url, time: ctx.time, cancelled: ctx.cancelled, http: ctx.http, cleanup: ctx.cleanup });
  const state = initialState();
  try {
    // 2. Credits before: nothing is booked without one.
    const before = await record('credits-before', () => creditsBefore(run, state));
    if (before.status === 'fail') return { checks: rows };

    // 3. Create. Until its answer is read, a fault ending the run looks the booking up to cancel it.
    const bookingUnderWay = run.guard.underWay(run.plan, state.creditsBefore);
    const creation = await record('create', () => book(run, state));
    bookingUnderWay();

    // 4. The application processed appointment.created.
    if (state.booked.length === 1 && creation.status === 'pass') await record('webhook-created', () => confirmBooking(run, state));
  } finally {
    // 5. Cleanup, guaranteed, with its own budget and its own transport.
    if (state.booked.length > 0) await cleanUp(run, state, record);
    run.steps.dispose();
    await closeQuietly(run.http);
  }
  return ending(run, state, rows);
}

/** Cancels what was booked, then, for this run's one appointment, sees that processed and the credit back. */
async function cleanUp(run: SmokeRun, state: SmokeState, record: RecordStep): Promise<void> {
  const ids = [...state.booked];
  const time = cleanupBudget(run.deadline, run.cancelled);
  const cancellation = await record('cancel', () => cancelBooked(run, state, ids, time));
  time.dispose();
  if (cancellation.status !== 'pass' || run.steps.expired) return;
  if (ids.length === 1) {
    await record('webhook-cancelled', () => confirmEvent(run, ids[0]!, 'appointment.cancelled'));
    if (state.creditsBefore !== null) await record('credits-after', () => verifyRefund(run, state));
  } else {
    await record('credits-after', () => verifyRefund(run, state));
  }
}

/** The rows, and what stopped the run early: the deadline or the job's cancellation. */
function ending(run: SmokeRun, state: SmokeState, rows: CheckResult[]): ModeResult {
  const stopped = run.cancelled.aborted ? 'the job was cancelled' : performance.now() >= run.steps.deadline ? 'the deadline came' : null;
  const alert = mergeAlerts(state.alerts);
  if (stopped) {
    const hint = alert ? 'Act on the alert at the top of this summary first.' : STOPPED_HINT;
    rows.push({ id: 'stopped', title: 'Smoke test stopped', ...fail(`stopped early: ${stopped}`, { hints: [hint] }), durationMs: 0 });
  }
  return { checks: rows, outputs: { 'appointment-id': state.booked.join(',') }, ...(alert ? { alert } : {}) };
}
