/**
 * Reading the organization's balance: where it is (credits-path, and the dotted credits-field in
 * its JSON) and what counts as a readable balance (a finite number, not negative). The credits
 * check, smoke's before/after and watch's spend rate all read it this way.
 */
import type { ApiClient } from '../http/api-client.js';
import type { Settings } from '../settings/settings.js';
import { describeProblem } from './api-problem.js';

export type CreditsRead = { ok: true; value: number } | { ok: false; problem: string };

/** Finds the balance at a dotted field path ("availableCredits", "data.credits.available"). Pure. */
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
    const shown =
      typeof current === 'string'
        ? `the string ${JSON.stringify(current.slice(0, 40))}`
        : current === null
          ? 'null'
          : `a ${Array.isArray(current) ? 'list' : typeof current}`;
    return { ok: false, problem: `the field ${field} is ${shown}, not a number` };
  }
  if (current < 0) return { ok: false, problem: `the field ${field} is negative (${current})` };
  return { ok: true, value: current };
}

const CONFIGURABLE = 'The path and field are configurable: set credits-path and credits-field to where your organization’s balance is served.';

const BASE_URL = 'Check too that api-url is the base URL (…/api/v1), not an endpoint: the path above is api-url followed by credits-path.';

export type Balance = { ok: true; value: number } | { ok: false; summary: string; hints: string[]; data: Record<string, unknown> };

/** Reads the balance at credits-path / credits-field through the given client, or says why it could not. */
export async function fetchCredits(client: ApiClient, settings: Settings): Promise<Balance> {
  const { creditsPath, creditsField } = settings;
  const result = await client.get(creditsPath);
  if (!result.ok) {
    const text = describeProblem(result, creditsPath, settings);
    const pathWrong = (result.problem.kind === 'status' && result.problem.status === 404) || result.problem.kind === 'not-json';
    const hints =
      result.problem.kind === 'status' && result.problem.status === 404 ? [CONFIGURABLE, BASE_URL] : [...text.hints, ...(pathWrong ? [CONFIGURABLE] : [])];
    return { ok: false, summary: text.summary, hints, data: { attempts: result.attempts } };
  }
  const read = readCredits(result.data, creditsField);
  return read.ok ? { ok: true, value: read.value } : { ok: false, summary: `${creditsPath}: ${read.problem}`, hints: [CONFIGURABLE], data: {} };
}
