/**
 * Waits for the application to confirm it processed a webhook event: its confirm URL answers
 * 404 until then, and 2xx once done. Polls with backoff; never past the wait or the signal.
 */
import type { Budget } from '../engine/timing.js';
import type { HttpClient } from '../http/http-client.js';
import { USER_AGENT } from '../version.js';

export interface Confirmation {
  confirmed: boolean;
  polls: number;
  waitedMs: number;
  /** What the last poll got: "404", "did not answer within 5000 ms"... */
  last: string;
}

const FIRST_DELAY_MS = 200;
const MAX_DELAY_MS = 3_000;
const POLL_TIMEOUT_MS = 5_000;
const MIN_POLL_MS = 100;

/** Polls for `waitMs` at most, within `steps`: stopped when they stop. */
export async function waitForConfirmation(http: HttpClient, url: URL, waitMs: number, steps: Budget): Promise<Confirmation> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  let polls = 0;
  let last = 'not asked';
  let delay = FIRST_DELAY_MS;
  while (!steps.expired) {
    const remaining = waitMs - elapsed();
    // A poll with almost no time left could only time out, hiding the real last answer.
    if (remaining <= 0 || (polls > 0 && remaining < MIN_POLL_MS)) break;
    polls++;
    const outcome = await http.send({
      method: 'GET',
      url,
      headers: { 'user-agent': USER_AGENT, accept: 'application/json' },
      timeoutMs: Math.max(1, Math.min(POLL_TIMEOUT_MS, remaining)),
      maxBodyBytes: 64 * 1024,
      signal: steps.signal
    });
    if (outcome.ok && outcome.response.status >= 200 && outcome.response.status < 300) {
      return { confirmed: true, polls, waitedMs: Math.round(elapsed()), last: String(outcome.response.status) };
    }
    last = outcome.ok ? String(outcome.response.status) : outcome.failure.message;
    const wait = Math.min(delay, waitMs - elapsed() - MIN_POLL_MS);
    if (wait < 0) break;
    await steps.sleep(wait);
    delay = Math.min(MAX_DELAY_MS, Math.round(delay * 1.6));
  }
  return { confirmed: false, polls, waitedMs: Math.round(elapsed()), last: steps.expired ? 'stopped before confirmation' : last };
}
