import { describe, it, expect } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { pass, warn, type Check, type CheckContext, type CheckOutcome } from '../../src/engine/check.js';
import { runChecks, type RunOptions } from '../../src/engine/run-checks.js';
import { settingsFrom } from '../helpers/settings.js';

const settings = settingsFrom();

/** Options with a deadline `ms` from now; records the signal the checks were given. */
function options(ms: number): RunOptions & { signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  return {
    signals,
    deadline: performance.now() + ms,
    deadlineSeconds: ms / 1000,
    context: (signal): CheckContext => {
      signals.push(signal);
      return { settings, requiredVariables: {}, signal, deadline: performance.now() + ms };
    }
  };
}

function check(id: string, run: (ctx: CheckContext) => Promise<CheckOutcome>): Check {
  return { id, title: `Title of ${id}`, run };
}

/** A check that waits `ms`, recording when it started and ended. */
function timed(id: string, ms: number, log: { id: string; start: number; end: number }[], outcome = pass(`${id} ok`)): Check {
  return check(id, async () => {
    const start = performance.now();
    await sleep(ms);
    log.push({ id, start, end: performance.now() });
    return outcome;
  });
}

describe('runChecks: concurrency and order', () => {
  it('when three checks each wait 300 ms then they run at the same time', async () => {
    const log: { id: string; start: number; end: number }[] = [];
    const results = await runChecks([timed('a', 300, log), timed('b', 300, log), timed('c', 300, log)], options(5000));
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass', 'pass']);
    expect(log).toHaveLength(3);
    // Every check started before any check ended: they ran at the same time.
    const lastStart = Math.max(...log.map((l) => l.start));
    const firstEnd = Math.min(...log.map((l) => l.end));
    expect(lastStart).toBeLessThan(firstEnd);
  });

  it('when checks finish in reverse order then results keep the given order', async () => {
    const log: { id: string; start: number; end: number }[] = [];
    const results = await runChecks([timed('slow', 150, log), timed('mid', 80, log), timed('fast', 10, log)], options(5000));
    expect(log.map((l) => l.id)).toEqual(['fast', 'mid', 'slow']);
    expect(results.map((r) => r.id)).toEqual(['slow', 'mid', 'fast']);
    expect(results.map((r) => r.title)).toEqual(['Title of slow', 'Title of mid', 'Title of fast']);
  });

  it('when a check finishes then its result carries its outcome and a measured duration', async () => {
    const outcome = warn('something odd', { details: ['d1'], hints: ['h1'], data: { n: 1 } });
    const [result] = await runChecks([timed('w', 100, [], outcome)], options(5000));
    expect(result).toMatchObject({ id: 'w', title: 'Title of w', status: 'warn', summary: 'something odd', details: ['d1'], hints: ['h1'], data: { n: 1 } });
    expect(result!.durationMs).toBeGreaterThanOrEqual(90);
    expect(result!.durationMs).toBeLessThan(1000);
    expect(Number.isInteger(result!.durationMs)).toBe(true);
  });

  it('when there are no checks then the result is empty', async () => {
    expect(await runChecks([], options(1000))).toEqual([]);
  });

  it('when every check shares the run then they all get the same abort signal', async () => {
    const seen: AbortSignal[] = [];
    const spy = (id: string) => check(id, async (ctx) => (seen.push(ctx.signal), pass('ok')));
    const opts = options(1000);
    await runChecks([spy('a'), spy('b')], opts);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]).toBe(opts.signals[0]);
  });
});

describe('runChecks: a check that throws fails closed', () => {
  it.each<[string, Check['run'], string]>([
    [
      'it throws synchronously',
      () => {
        throw new Error('sync boom');
      },
      'the check stopped with an error: sync boom'
    ],
    [
      'it rejects asynchronously',
      async () => {
        await sleep(5);
        throw new Error('async kaput');
      },
      'the check stopped with an error: async kaput'
    ],
    [
      'it throws a string',
      () => {
        throw 'plain string';
      },
      'the check stopped with an error: plain string'
    ],
    [
      'it throws an Error without a message',
      async () => {
        throw new TypeError();
      },
      'the check stopped with an error: TypeError'
    ]
  ])('when %s then it becomes fail with the message', async (_label, run, summary) => {
    const results = await runChecks([check('ok', async () => pass('fine')), check('bad', run)], options(5000));
    expect(results[0]!.status).toBe('pass');
    expect(results[1]).toMatchObject({ id: 'bad', status: 'fail', summary });
    expect(results[1]!.hints.length).toBeGreaterThan(0);
  });
});

describe('runChecks: the deadline', () => {
  it('when a check never settles then it fails at the deadline and the run returns promptly', async () => {
    const opts = options(200);
    const t0 = performance.now();
    const results = await runChecks([check('hang', () => new Promise<CheckOutcome>(() => undefined)), check('quick', async () => pass('done'))], {
      ...opts,
      deadlineSeconds: 0.2
    });
    const elapsed = performance.now() - t0;
    expect(results[0]).toMatchObject({ id: 'hang', title: 'Title of hang', status: 'fail', summary: 'did not finish within 0.2 s' });
    expect(results[0]!.hints.join(' ')).toMatch(/timeout-seconds/);
    expect(results[1]).toMatchObject({ id: 'quick', status: 'pass' });
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(700);
  });

  it('when the deadline passes then the shared abort signal is aborted with a reason', async () => {
    const opts = options(100);
    let abortedAt = 0;
    const listener = check('listens', (ctx) => {
      ctx.signal.addEventListener('abort', () => (abortedAt = performance.now()));
      return new Promise<CheckOutcome>(() => undefined);
    });
    const t0 = performance.now();
    await runChecks([listener], opts);
    expect(opts.signals[0]!.aborted).toBe(true);
    expect(String((opts.signals[0]!.reason as Error).message)).toMatch(/deadline/);
    expect(abortedAt - t0).toBeGreaterThanOrEqual(90);
  });

  it('when every check finishes in time then the signal is not aborted', async () => {
    const opts = options(1000);
    await runChecks([check('a', async () => pass('ok'))], opts);
    expect(opts.signals[0]!.aborted).toBe(false);
  });

  it('when a check answers after the deadline then its late answer is ignored', async () => {
    const opts = options(100);
    const results = await runChecks([check('late', async () => (await sleep(300), pass('too late')))], { ...opts, deadlineSeconds: 7 });
    expect(results[0]).toMatchObject({ status: 'fail', summary: 'did not finish within 7 s' });
    await sleep(300);
    expect(results[0]!.status).toBe('fail');
  });

  it('when a check honours the abort signal then it stops at the deadline and still counts as fail', async () => {
    const opts = options(100);
    const polite = check(
      'polite',
      (ctx) => new Promise<CheckOutcome>((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted'))))
    );
    const [result] = await runChecks([polite], opts);
    expect(result!.status).toBe('fail');
  });

  it('when the deadline is already past then unfinished checks fail without waiting', async () => {
    const opts = options(-50);
    const t0 = performance.now();
    const [result] = await runChecks([check('hang', () => new Promise<CheckOutcome>(() => undefined))], opts);
    expect(result!.status).toBe('fail');
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
