/**
 * Smoke's steps, one at a time, against the local double: each moves the run's state on
 * (booked, confirmed, cancelled, refunded), and the cleanup registry holds each booking from
 * the moment it exists until it is cancelled.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createCleanupRegistry, type CleanupRegistry } from '../../src/finish/cleanup-registry.js';
import { book } from '../../src/smoke/book.js';
import { cleanupBudget } from '../../src/smoke/budget.js';
import { createSmokeRun } from '../../src/smoke/run.js';
import { initialState, type SmokeRun } from '../../src/smoke/state.js';
import { cancelBooked, confirmBooking, creditsBefore, verifyRefund } from '../../src/smoke/steps.js';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { settingsFrom } from '../helpers/settings.js';

let double: Double;
let registry: CleanupRegistry;
let run: SmokeRun;
beforeEach(async () => {
  double = await startDouble({ credits: 50 });
  registry = createCleanupRegistry();
  const settings = settingsFrom({ mode: 'smoke', environment: 'staging', 'api-url': double.url, 'api-key': double.keys.test, 'department-id': '1' });
  run = createSmokeRun({
    settings,
    apiBase: new URL(double.url),
    deadline: performance.now() + 30_000,
    cancelled: new AbortController().signal,
    cleanup: registry
  });
});
afterEach(async () => {
  run.stop.abort();
  await run.http.close();
  await double.close();
});

describe('smoke steps over the run state', () => {
  it('moves from ready to booked, cancelled and refunded, the booking registered until it is cancelled', async () => {
    const state = initialState();
    expect(state.stage).toBe('ready');

    expect((await creditsBefore(run, state)).status).toBe('pass');
    expect(state).toMatchObject({ stage: 'ready', creditsBefore: 50, booked: [] });

    expect((await book(run, state)).status).toBe('pass');
    expect(state.stage).toBe('booked');
    expect(state.booked).toHaveLength(1);
    const id = state.booked[0]!;
    expect(registry.pending().map((e) => e.label)).toEqual([`appointment ${id}`]);
    expect(registry.outputs()).toEqual({ 'appointment-id': id });

    // No webhook-confirm-url: not verified, and the stage stays where it was.
    expect((await confirmBooking(run, state)).status).toBe('skip');
    expect(state.stage).toBe('booked');

    const budget = cleanupBudget(run.deadline, run.cancelled);
    const cancelled = await cancelBooked(run, state, [...state.booked], budget);
    budget.release();
    expect(cancelled.status).toBe('pass');
    expect(state.stage).toBe('cancelled');
    expect(registry.pending()).toEqual([]);

    expect((await verifyRefund(run, state)).status).toBe('pass');
    expect(state.stage).toBe('refunded');
    expect(state.alerts).toEqual([]);
  });

  it('books nothing and stays ready when there is no credit', async () => {
    double.state.test.credits = 0;
    const state = initialState();
    const before = await creditsBefore(run, state);
    expect(before.status).toBe('fail');
    expect(before.summary).toBe('0 credits available: the test appointment cannot be booked');
    expect(state).toMatchObject({ stage: 'ready', creditsBefore: 0, booked: [] });
    expect(registry.pending()).toEqual([]);
  });
});
