/**
 * The `credits` check: is there credit left to book appointments? Reads the balance once and
 * judges it with a pure function against min-credits and warn-credits.
 */
import { apiClientFor } from '../domain/api-access.js';
import { fetchCredits } from '../domain/credits.js';
import { fail, pass, warn, type Check, type CheckContext, type CheckOutcome } from '../engine/check.js';
import { CHECK_TITLES } from '../settings/check-ids.js';

/** Pure verdict on a balance (contract thresholds). */
export function judgeCredits(available: number, minCredits: number, warnCredits: number): CheckOutcome {
  const data = { availableCredits: available };
  if (available < minCredits) {
    return fail(`${available} credits available, minimum ${minCredits}`, {
      data,
      hints: [`Buy credits in the MONCRENEAU dashboard before promoting: below ${minCredits} new appointments may soon be refused (402 INSUFFICIENT_CREDITS).`]
    });
  }
  if (available < warnCredits) {
    return warn(`${available} credits available, below ${warnCredits}`, {
      data,
      hints: [`Plan a top-up: the balance is under warn-credits (${warnCredits}).`]
    });
  }
  return pass(`${available} credits available (warn below ${warnCredits}, fail below ${minCredits})`, { data });
}

async function judgeBalance(ctx: CheckContext): Promise<CheckOutcome> {
  const access = apiClientFor(ctx.settings, { ...ctx, http: ctx.api ?? ctx.http });
  if (!access.ok) return access.outcome;
  try {
    const balance = await fetchCredits(access.client, ctx.settings);
    if (!balance.ok) return fail(balance.summary, { hints: balance.hints, data: balance.data });
    return judgeCredits(balance.value, ctx.settings.minCredits, ctx.settings.warnCredits);
  } finally {
    await access.client.close();
  }
}

export const creditsCheck: Check = { id: 'credits', title: CHECK_TITLES.credits, run: judgeBalance };
