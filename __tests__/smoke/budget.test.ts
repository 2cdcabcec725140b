/** The time kept for cleaning up after a smoke step, and the budget the cleanup gets when the job is cancelled. */
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { JobCancelled, type Budget } from '../../src/engine/timing.js';
import { AFTER_CANCEL_MS, cleanupBudget, cleanupReserveMs } from '../../src/smoke/budget.js';

describe('cleanupReserveMs', () => {
  it.each([
    ['a run with no time at all', 0, 2_000],
    ['a 4 s run (a quarter is 1 s, under the floor)', 4, 2_000],
    ['an 8 s run (a quarter is exactly the floor)', 8, 2_000],
    ['a 20 s run', 20, 5_000],
    ['a 30 s run', 30, 7_500],
    ['a 60 s run (a quarter is exactly the ceiling)', 60, 15_000],
    ['a 10 min run', 600, 15_000]
  ])('when the timeout is %s then %i ms are kept back', (_label, seconds, expected) => {
    expect(cleanupReserveMs(seconds)).toBe(expected);
  });
});

describe('cleanupBudget', () => {
  const budgets: Budget[] = [];
  const budget = (hardDeadline: number, cancelled: AbortSignal) => {
    const b = cleanupBudget(hardDeadline, cancelled);
    budgets.push(b);
    return b;
  };
  afterEach(() => {
    budgets.splice(0).forEach((b) => b.dispose());
    jest.useRealTimers();
  });

  it('gives the 8 s the runner leaves after a cancel', () => {
    expect(AFTER_CANCEL_MS).toBe(8_000);
  });

  it('when the job is not cancelled then the deadline is the hard deadline and the signal is live', () => {
    const hard = performance.now() + 60_000;
    const b = budget(hard, new AbortController().signal);
    expect(b.deadline).toBe(hard);
    expect(b.signal.aborted).toBe(false);
  });

  it('when the job is already cancelled then the deadline is at most 8 s from now', () => {
    const cancel = new AbortController();
    cancel.abort();
    const before = performance.now();
    const b = budget(before + 60_000, cancel.signal);
    const after = performance.now();
    expect(b.deadline).toBeGreaterThanOrEqual(before + 8_000);
    expect(b.deadline).toBeLessThanOrEqual(after + 8_000);
    expect(b.signal.aborted).toBe(false);
  });

  it('when the job is already cancelled and the hard deadline is sooner than 8 s then the hard deadline stands', () => {
    const cancel = new AbortController();
    cancel.abort();
    const hard = performance.now() + 3_000;
    expect(budget(hard, cancel.signal).deadline).toBe(hard);
  });

  it('when disposed then neither the deadline nor a later cancel stops it: it let go of both', () => {
    jest.useFakeTimers();
    const cancel = new AbortController();
    const b = budget(performance.now() + 5_000, cancel.signal);
    b.dispose();
    cancel.abort();
    jest.advanceTimersByTime(10_000);
    expect(b.signal.aborted).toBe(false);
  });

  it('when the job is cancelled during the cleanup then the signal stops 8 s later, as a cancellation', () => {
    jest.useFakeTimers();
    const cancel = new AbortController();
    const b = budget(performance.now() + 60_000, cancel.signal);
    cancel.abort();
    jest.advanceTimersByTime(7_999);
    expect(b.signal.aborted).toBe(false);
    jest.advanceTimersByTime(1);
    expect(b.signal.aborted).toBe(true);
    expect(b.signal.reason).toBeInstanceOf(JobCancelled);
    expect((b.signal.reason as Error).message).toBe('the job was cancelled (during the cleanup)');
    expect(b.stoppedBy).toBe('cancelled');
  });

  it('when the hard deadline comes then the signal stops', () => {
    jest.useFakeTimers();
    const b = budget(performance.now() + 5_000, new AbortController().signal);
    jest.advanceTimersByTime(4_999);
    expect(b.signal.aborted).toBe(false);
    jest.advanceTimersByTime(1);
    expect(b.signal.aborted).toBe(true);
    expect(b.stoppedBy).toBe('deadline');
  });
});
