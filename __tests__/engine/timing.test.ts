/** The deadline primitive, with real timers: time handed out, stops and their causes, nothing left running. */
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { fileURLToPath } from 'node:url';
import { setTimeout as wait } from 'node:timers/promises';
import { budget, budgetFor, DeadlineReached, JobCancelled, sleep, type Budget } from '../../src/engine/timing.js';

const made: Budget[] = [];
/** Every budget a test makes is disposed after it. */
const track = <B extends Budget>(b: B): B => (made.push(b), b);
afterEach(() => {
  made.splice(0).forEach((b) => b.dispose());
  jest.useRealTimers();
});

/** Milliseconds until the signal aborts, measured from now. */
function abortsIn(signal: AbortSignal): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(performance.now() - t0), { once: true }));
}

const timing = fileURLToPath(new URL('../../src/engine/timing.ts', import.meta.url));
/** Runs an ES module script in a fresh Node process, with budgetFor in scope. */
function runScript(body: string) {
  const script = `const { budgetFor } = await import(${JSON.stringify(timing)});\n${body}`;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
}

const liveTimers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('a budget on its own', () => {
  it('when time is left then the signal is live and the remaining time counts down', async () => {
    const b = track(budgetFor(5_000));
    expect(b.expired).toBe(false);
    expect(b.stoppedBy).toBeUndefined();
    expect(b.ranOut).toBe(false);
    const first = b.remainingMs();
    expect(first).toBeGreaterThan(4_900);
    expect(first).toBeLessThanOrEqual(5_000);
    await wait(30);
    expect(b.remainingMs()).toBeLessThan(first - 20);
  });

  it('when its deadline comes then the signal aborts then, as the deadline, not a cancellation', async () => {
    const b = track(budgetFor(100));
    const elapsed = await abortsIn(b.signal);
    expect(elapsed).toBeGreaterThanOrEqual(90);
    expect(elapsed).toBeLessThan(400);
    expect(b.expired).toBe(true);
    expect(b.stoppedBy).toBe('deadline');
    expect(b.ranOut).toBe(true);
    expect(b.signal.reason).toBeInstanceOf(DeadlineReached);
    expect((b.signal.reason as Error).message).toMatch(/deadline/);
    expect(b.remainingMs()).toBe(0);
  });

  it('when the deadline is already past then it is expired from the start', () => {
    const b = track(budget(performance.now() - 10));
    expect(b.expired).toBe(true);
    expect(b.stoppedBy).toBe('deadline');
    expect(b.remainingMs()).toBe(0);
  });

  it('when the deadline is past setTimeout’s ceiling then it does not fire at once', async () => {
    const b = track(budgetFor(2 ** 31 + 5_000));
    await wait(30);
    expect(b.expired).toBe(false);
    expect(b.remainingMs()).toBeGreaterThan(2 ** 31);
  });

  it('when the work ends before the deadline and the budget is disposed then it never aborts', async () => {
    const b = budgetFor(40);
    b.dispose();
    await wait(100);
    expect(b.expired).toBe(false);
  });
});

describe('a budget and the job’s cancellation', () => {
  it('when the job is cancelled then the signal aborts at once with the cancellation as its reason', async () => {
    const job = new AbortController();
    const b = track(budgetFor(5_000, job.signal));
    const reason = new JobCancelled('SIGTERM');
    setTimeout(() => job.abort(reason), 20);
    const elapsed = await abortsIn(b.signal);
    expect(elapsed).toBeLessThan(300);
    expect(b.signal.reason).toBe(reason);
    expect(b.stoppedBy).toBe('cancelled');
    expect(b.ranOut).toBe(false);
    expect(b.remainingMs()).toBe(0);
  });

  it('when the job was cancelled before the budget was made then it is expired from the start', () => {
    const job = new AbortController();
    job.abort(new JobCancelled('SIGINT'));
    const b = track(budgetFor(5_000, job.signal));
    expect(b.expired).toBe(true);
    expect(b.stoppedBy).toBe('cancelled');
    expect(b.signal.reason).toBeInstanceOf(JobCancelled);
  });

  it('when the parent signal aborts without a reason then that is a cancellation too', () => {
    const job = new AbortController();
    const b = track(budgetFor(5_000, job.signal));
    job.abort();
    expect(b.stoppedBy).toBe('cancelled');
  });

  it('when the parent signal aborts at a deadline of its own then the cause stays the deadline', () => {
    const run = track(budget(performance.now() - 1));
    const b = track(budgetFor(5_000, run.signal));
    expect(b.stoppedBy).toBe('deadline');
    expect(b.ranOut).toBe(false);
  });

  it('when the deadline came first then a later cancellation does not change the cause', async () => {
    const job = new AbortController();
    const b = track(budgetFor(30, job.signal));
    await abortsIn(b.signal);
    job.abort(new JobCancelled('SIGTERM'));
    expect(b.stoppedBy).toBe('deadline');
    expect(b.signal.reason).toBeInstanceOf(DeadlineReached);
  });
});

describe('child budgets', () => {
  it('when the child asks for more than the parent has then it is capped at the parent’s deadline and stops with it', async () => {
    const parent = track(budgetFor(100));
    const child = track(parent.child(10_000));
    expect(child.deadline).toBe(parent.deadline);
    const parentLeft = parent.remainingMs();
    expect(child.remainingMs()).toBeLessThanOrEqual(parentLeft);
    const elapsed = await abortsIn(child.signal);
    expect(elapsed).toBeGreaterThanOrEqual(90);
    expect(elapsed).toBeLessThan(400);
    expect(child.stoppedBy).toBe('deadline');
    // The parent's time ran out, not the child's own limit.
    expect(child.ranOut).toBe(false);
    expect(parent.ranOut).toBe(true);
    expect(child.signal.reason).toBe(parent.signal.reason);
  });

  it('when the child’s own limit is shorter then it stops at it, as its own, and the parent runs on', async () => {
    const parent = track(budgetFor(5_000));
    const child = track(parent.child(60));
    expect(child.deadline).toBeLessThan(parent.deadline);
    const elapsed = await abortsIn(child.signal);
    expect(elapsed).toBeGreaterThanOrEqual(50);
    expect(elapsed).toBeLessThan(400);
    expect(child.ranOut).toBe(true);
    expect(child.stoppedBy).toBe('deadline');
    expect(parent.expired).toBe(false);
  });

  it('when the job is cancelled then the stop reaches every generation, with the cancellation as the reason', () => {
    const job = new AbortController();
    const run = track(budgetFor(5_000, job.signal));
    const step = track(run.child(3_000));
    const call = track(step.child(1_000));
    const reason = new JobCancelled('SIGTERM');
    job.abort(reason);
    for (const b of [run, step, call]) {
      expect(b.expired).toBe(true);
      expect(b.stoppedBy).toBe('cancelled');
      expect(b.signal.reason).toBe(reason);
    }
  });

  it('when the parent has already stopped then a new child is expired from the start', () => {
    const parent = track(budget(performance.now() - 1));
    const child = track(parent.child(1_000));
    expect(child.expired).toBe(true);
    expect(child.stoppedBy).toBe('deadline');
  });

  it('a child may be given an instant, or the parent’s time less a reserve', () => {
    const parent = track(budgetFor(10_000));
    const until = performance.now() + 2_000;
    expect(track(parent.child({ until })).deadline).toBe(until);
    expect(track(parent.child({ until: parent.deadline + 1_000 })).deadline).toBe(parent.deadline);
    expect(track(parent.child({ leave: 2_500 })).deadline).toBe(parent.deadline - 2_500);
  });

  it('when a child is disposed then it lets go of its parent: a thousand children leave no listener behind', () => {
    const parent = track(budgetFor(10_000));
    const before = getEventListeners(parent.signal, 'abort').length;
    for (let i = 0; i < 1_000; i++) parent.child(i % 2 === 0 ? 50 : 20_000).dispose();
    expect(getEventListeners(parent.signal, 'abort').length).toBe(before);
  });

  it('when a child stops then it lets go of its parent too', async () => {
    const parent = track(budgetFor(10_000));
    const before = getEventListeners(parent.signal, 'abort').length;
    const child = parent.child(20);
    expect(getEventListeners(parent.signal, 'abort').length).toBe(before + 1);
    await abortsIn(child.signal);
    expect(getEventListeners(parent.signal, 'abort').length).toBe(before);
  });
});

describe('waiting within a budget', () => {
  it('sleep waits the time asked when the budget has it', async () => {
    const b = track(budgetFor(5_000));
    const t0 = performance.now();
    await b.sleep(60);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(55);
  });

  it('sleep ends when the budget stops, without rejecting', async () => {
    const b = track(budgetFor(50));
    const t0 = performance.now();
    await expect(b.sleep(5_000)).resolves.toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(400);
  });

  it('sleep on a signal already aborted resolves at once', async () => {
    const t0 = performance.now();
    await sleep(5_000, AbortSignal.abort());
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it('race gives the work’s answer when it comes in time', async () => {
    const b = track(budgetFor(1_000));
    await expect(b.race(wait(20).then(() => 'answer'))).resolves.toBe('answer');
    expect(getEventListeners(b.signal, 'abort')).toHaveLength(0);
  });

  it('race rejects with the stop’s reason as soon as the budget stops', async () => {
    const b = track(budgetFor(50));
    const t0 = performance.now();
    const never = new Promise<string>(() => {});
    await expect(b.race(never)).rejects.toBeInstanceOf(DeadlineReached);
    expect(performance.now() - t0).toBeLessThan(400);
  });

  it('race passes on the work’s own failure', async () => {
    const b = track(budgetFor(1_000));
    await expect(b.race(Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });

  it('stopped() tells why, once it stops', async () => {
    const job = new AbortController();
    const a = track(budgetFor(30));
    const c = track(budgetFor(5_000, job.signal));
    setTimeout(() => job.abort(new JobCancelled('SIGINT')), 10);
    await expect(a.stopped()).resolves.toBe('deadline');
    await expect(c.stopped()).resolves.toBe('cancelled');
    await expect(a.stopped()).resolves.toBe('deadline');
  });
});

describe('nothing is left running', () => {
  it('a budget’s timer does not count as work that keeps the process alive, unless someone waits on its stop', async () => {
    const before = liveTimers();
    const b = track(budgetFor(60_000));
    const capped = track(b.child(90_000));
    const own = track(b.child(30_000));
    expect(liveTimers()).toBe(before);
    // Waiting on a capped child holds the parent's timer; waiting on its own, the child's.
    let answer!: (v: string) => void;
    const raced = capped.race(new Promise<string>((resolve) => (answer = resolve)));
    expect(liveTimers()).toBe(before + 1);
    void own.stopped();
    expect(liveTimers()).toBe(before + 2);
    answer('in time');
    await expect(raced).resolves.toBe('in time');
    expect(liveTimers()).toBe(before + 1);
    own.dispose();
    expect(liveTimers()).toBe(before);
  });

  it('when a budget is disposed or stops then its timer is cleared, not only unref’d', () => {
    jest.useFakeTimers();
    const job = new AbortController();
    const run = budgetFor(60_000, job.signal);
    const step = run.child(10_000);
    const call = step.child(1_000);
    expect(jest.getTimerCount()).toBe(3);
    call.dispose();
    expect(jest.getTimerCount()).toBe(2);
    job.abort(new JobCancelled('SIGTERM'));
    expect(jest.getTimerCount()).toBe(0);
    expect(step.expired).toBe(true);
  });

  it('when a budget runs out then no timer of its own is left', () => {
    jest.useFakeTimers();
    const b = budgetFor(1_000);
    jest.advanceTimersByTime(999);
    expect(b.expired).toBe(false);
    jest.advanceTimersByTime(1);
    expect(b.expired).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('a process whose work is done exits at once, though its budgets have a minute left', () => {
    const t0 = performance.now();
    const child = runScript(`
      const run = budgetFor(60_000);
      const step = run.child(30_000);
      const call = step.child(45_000);
      await step.race(call.sleep(20));
      console.log('done', run.expired, step.expired, call.expired);`);
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('done false false false');
    expect(child.status).toBe(0);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('a wait on the stop keeps the process alive until the deadline, though the work holds nothing open', () => {
    const child = runScript(`
      const run = budgetFor(300);
      const call = run.child(10_000);
      const t0 = performance.now();
      const raced = await call.race(new Promise(() => {})).catch((e) => e.name);
      console.log(raced, call.stoppedBy, call.ranOut, await budgetFor(100).stopped(), performance.now() - t0 >= 250);`);
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('DeadlineReached deadline false deadline true');
    expect(child.status).toBe(0);
  });

  it('when the wait ends then the process is free again', () => {
    jest.useFakeTimers();
    const b = budgetFor(60_000);
    const child = b.child(90_000);
    void child.race(Promise.resolve(1));
    void b.stopped();
    b.dispose();
    child.dispose();
    expect(jest.getTimerCount()).toBe(0);
  });
});
