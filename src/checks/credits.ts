/**
 * The `credits` check: is there credit left to book appointments? Reads the balance once and
 * judges it with a pure function against min-credits and warn-credits.
 */
import * as z from 'zod/mini';
import { fail, pass, warn, type Check, type CheckContext, type CheckOutcome } from '../engine/check.js';
import type { ApiClient } from '../http/api-client.js';
import { CHECK_TITLES } from '../settings/check-ids.js';
import type { Settings } from '../settings/settings.js';
import { apiClientFor } from './api-access.js';
import { describeProblem } from './api-problem.js';

export type CreditsRead = { ok: true; value: number } | { ok: false; problem: string };

/** Finds the balance at a dotted field path ("availableCredits", "data.credits.available"). */
export function readCredits(body: unknown, field: string): CreditsRead {
  let current: unknown = body;
  for (const part of field.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current) || !(part in current)) {
      return { ok: false, problem: `the answer has no field ${field}` };
    }
    current = (current as Record<string, unknown>)[part];
  }
  if (typeof current === 'number' && !Number.isFinite(current)) {
    return { ok: false, problem: `the field ${field} is not a finite number (too large to read)` };
  }
  if (typeof current !== 'number') {
    const shown = typeof current === 'string' ? `the string ${JSON.stringify(current.slice(0, 40))}` : current === null ? 'null' : `a ${Array.isArray(current) ? 'list' : typeof current}`;
    return { ok: false, problem: `the field ${field} is ${shown}, not a number` };
  }
  if (current < 0) return { ok: false, problem: `the field ${field} is negative (${current})` };
  return { ok: true, value: current };
}

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

const CONFIGURABLE = 'The path and field are configurable: set credits-path and credits-field to where your organization’s balance is served.';

const BASE_URL = 'Check too that api-url is the base URL (…/api/v1), not an endpoint: the path above is api-url followed by credits-path.';

export type Balance = { ok: true; value: number } | { ok: false; summary: string; hints: string[]; data: Record<string, unknown> };

/** Reads the balance at credits-path / credits-field, or says why it could not. */
export async function fetchCredits(client: ApiClient, settings: Settings): Promise<Balance> {
  const { creditsPath, creditsField } = settings;
  const result = await client.get(creditsPath, z.unknown());
  if (!result.ok) {
    const text = describeProblem(result, creditsPath, settings);
    const pathWrong = (result.problem.kind === 'status' && result.problem.status === 404) || result.problem.kind === 'not-json';
    const hints = result.problem.kind === 'status' && result.problem.status === 404 ? [CONFIGURABLE, BASE_URL] : [...text.hints, ...(pathWrong ? [CONFIGURABLE] : [])];
    return { ok: false, summary: text.summary, hints, data: { attempts: result.attempts } };
  }
  const read = readCredits(result.data, creditsField);
  return read.ok ? { ok: true, value: read.value } : { ok: false, summary: `${creditsPath}: ${read.problem}`, hints: [CONFIGURABLE], data: {} };
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
