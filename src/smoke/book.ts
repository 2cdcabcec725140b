/**
 * The booking step: POST /appointments, never retried blindly. An answer that carries an id is
 * a booking whatever else it says; a lost answer is settled by looking the appointment up, and
 * only a 4xx with no id in it, or a request that never left, says for sure nothing was booked.
 */
import * as z from 'zod/mini';
import { shapeOf } from '../http/zod-shape.js';
import { describeProblem, type ProblemText } from '../domain/api-problem.js';
import { fail, pass, type CheckOutcome } from '../engine/check.js';
import { readBookingAnswer, type BookingAnswer } from './booking-answer.js';
import { cleanupBudget } from './budget.js';
import { lookupAlert } from './cleanup.js';
import { appointmentIdSchema, cannotHaveBooked, settleLostBooking } from './lost-booking.js';
import type { SmokeRun, SmokeState } from './state.js';

const created = shapeOf(z.looseObject({ id: appointmentIdSchema }));

export async function book(run: SmokeRun, state: SmokeState): Promise<CheckOutcome> {
  const { plan, settings } = run;
  const result = await run.api.post('/appointments', plan, created);
  const post = run.lastPost();
  const answer: BookingAnswer = result.ok ? { kind: 'booked', id: String(result.data.id) } : post ? readBookingAnswer(post.body) : { kind: 'silent' };
  if (answer.kind === 'booked') booked(run, state, answer.id);
  if (result.ok)
    return pass(`appointment ${answer.kind === 'booked' ? answer.id : ''} booked for ${plan.dateTime} in department ${plan.departmentId}`, {
      data: { appointmentId: state.booked[0], ...plan }
    });
  const text = describeProblem(result, 'POST /appointments', settings);
  if (answer.kind === 'booked') {
    // An id is a booking, whatever else the answer says: it is cancelled like any other.
    return fail(`${text.summary}; yet the answer carries appointment ${answer.id}: taken as booked, and cancelled below`, {
      hints: ['The API answered the booking in a way it does not document: check its status before promoting.'],
      data: { appointmentId: answer.id, ...plan }
    });
  }
  const problem = result.problem;
  const refused = problem.kind === 'status' && problem.status >= 400 && problem.status < 500 && answer.kind === 'silent';
  const neverSent = problem.kind === 'network' && cannotHaveBooked(problem.failure.kind);
  if (refused || neverSent)
    return fail(text.summary, { hints: createHints(problem.kind === 'status' ? problem.code : undefined, text.hints), data: { ...plan } });
  return settleLost(run, state, text, answer);
}

function booked(run: SmokeRun, state: SmokeState, id: string): void {
  run.guard.track(state, id);
  state.stage = 'booked';
}

/** The answer was lost or says nothing usable: look the appointment up, within the cleanup's budget. */
async function settleLost(run: SmokeRun, state: SmokeState, text: ProblemText, answer: Exclude<BookingAnswer, { kind: 'booked' }>): Promise<CheckOutcome> {
  const { plan, settings } = run;
  const time = cleanupBudget(run.deadline, run.cancelled);
  const certain = answer.kind === 'unusable-id' ? `its id ${answer.shown} cannot be used to cancel it` : undefined;
  const settled = await settleLostBooking(run.client(time), plan, settings, state.creditsBefore, time, { certain }).finally(() => time.dispose());
  const seen =
    answer.kind === 'maybe' ? ` (it carries an id at ${answer.where})` : answer.kind === 'unusable-id' ? ` (it carries the unusable id ${answer.shown})` : '';
  if (settled.kind === 'none') return fail(`${text.summary}${seen}; no appointment was made (none found, and the balance is unchanged)`, { hints: text.hints });
  if (settled.unattributed.length > 0 || settled.kind === 'unknown') {
    const reason =
      settled.kind === 'unknown'
        ? settled.reason
        : `the list also shows ${settled.unattributed.map((u) => u.id).join(', ')}, which cannot be proven the test's own`;
    run.guard.raise(state, lookupAlert(run.apiBase, plan, settings, reason));
  }
  if (settled.kind === 'unknown')
    return fail(`${text.summary}${seen}; could not tell whether an appointment was made: ${settled.reason}`, { hints: text.hints });
  // Which one is this run's cannot be told: every appointment proven the test's is cancelled.
  for (const id of settled.ids) booked(run, state, id);
  return fail(
    `${text.summary}${seen}; the appointment was made all the same (found ${settled.ids.join(', ')} by name, externalUserId and date) and is cancelled below`,
    {
      hints: ['The API did not answer the booking as documented: check its status.'],
      data: { found: settled.ids }
    }
  );
}

function createHints(code: string | undefined, fallback: string[]): string[] {
  if (code === 'INSUFFICIENT_CREDITS') return ['No credit left to book: buy credits. Nothing was booked.'];
  if (code === 'DEPARTMENT_NOT_FOUND') return ['department-id does not exist for this key’s organization: use an id from GET /departments.'];
  if (code === 'SLOT_NOT_AVAILABLE' || code === 'DUPLICATE_APPOINTMENT') {
    return ['The slot is taken (maybe by an earlier smoke test left behind): choose another appointment-datetime, and cancel any leftover test appointment.'];
  }
  return fallback;
}
