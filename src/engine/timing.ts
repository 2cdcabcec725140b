/**
 * Time and stopping, the one way: a Budget runs until its deadline (a performance.now() value)
 * or until its parent stops (the job's cancellation, or a larger budget), and hands out that
 * time as an abort signal, a number of milliseconds, and smaller budgets capped by it.
 *
 * Its timer is cleared on stop or dispose, and unref'd unless someone waits on the stop
 * (race, stopped): a deadline alone never keeps the process alive once the work is done, and
 * a wait on work that holds nothing open still ends at the deadline.
 */

/** Why work stopped when the runner cancelled the job, told apart from the deadline by type. */
export class JobCancelled extends Error {
  constructor(what: string) {
    super(`the job was cancelled (${what})`);
    this.name = 'JobCancelled';
  }
}

/** The abort reason of a budget whose own deadline came. */
export class DeadlineReached extends Error {
  constructor() {
    super('the deadline came');
    this.name = 'DeadlineReached';
  }
}

/** Why a budget stopped: a deadline (its own or a parent's), or the job's cancellation. */
export type StopCause = 'deadline' | 'cancelled';

/** A sub-budget's limit: milliseconds from now, an instant, or the parent's time less a reserve. */
export type Limit = number | { until: number } | { leave: number };

export interface Budget {
  /** `performance.now()` value at which the time is up (never later than a parent's). */
  readonly deadline: number;
  /** Aborted when the time is up or the parent stops: pass it to the work. */
  readonly signal: AbortSignal;
  /** True once it stopped, for whatever cause. */
  readonly expired: boolean;
  /** Why it stopped; undefined while it runs. */
  readonly stoppedBy: StopCause | undefined;
  /** True when its own limit stopped it, not its parent: "did not answer within N ms". */
  readonly ranOut: boolean;
  /** Milliseconds left, 0 once stopped; fractional. */
  remainingMs(): number;
  /** A budget within this one: it stops at its own limit or when this one stops, whichever is first. */
  child(limit: Limit): Budget;
  /** Waits `ms`, or less when the budget stops first. Never rejects. */
  sleep(ms: number): Promise<void>;
  /** The work's result, or a rejection with the stop's reason as soon as the budget stops (the wait keeps the process alive). */
  race<T>(work: Promise<T>): Promise<T>;
  /** Why it stopped, once it does (the wait keeps the process alive); never settles when disposed while running. */
  stopped(): Promise<StopCause>;
  /** The work under it is over: clears its timer and lets go of its parent. Does not abort. */
  dispose(): void;
}

/** The longest delay setTimeout takes. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const causeOf = (reason: unknown): StopCause => (reason instanceof DeadlineReached ? 'deadline' : 'cancelled');

class TimeBudget implements Budget {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly ownReason = new DeadlineReached();
  private timer: NodeJS.Timeout | undefined;
  private detach = () => {};
  /** Whoever waits on the stop (race, stopped): while any does, the timer keeps the process alive. */
  private readonly holds = new Set<() => void>();

  /** Without a timer of its own, `keeper` (the parent) has the binding deadline, and its stop is this one's. */
  constructor(
    readonly deadline: number,
    parent: AbortSignal | undefined,
    private readonly keeper?: TimeBudget
  ) {
    this.signal = this.controller.signal;
    if (parent?.aborted) {
      this.controller.abort(parent.reason);
      return;
    }
    if (parent) {
      const onParent = () => this.stop(parent.reason);
      parent.addEventListener('abort', onParent, { once: true });
      this.detach = () => parent.removeEventListener('abort', onParent);
    }
    if (!keeper) this.arm();
  }

  private arm(): void {
    const left = this.deadline - performance.now();
    if (left <= 0) return this.stop(this.ownReason);
    // Past setTimeout's ceiling a timer fires at once: a longer wait is made of several.
    this.timer = setTimeout(() => (left > MAX_TIMER_MS ? this.arm() : this.stop(this.ownReason)), Math.min(left, MAX_TIMER_MS));
    this.refresh();
  }

  /** A deadline only guards work: it keeps the process alive only while someone waits on it. */
  private refresh(): void {
    if (this.holds.size > 0) this.timer?.ref();
    else this.timer?.unref();
  }

  /** Someone waits on the stop; released when they stop waiting, or when this budget stops or is disposed. */
  private hold(): () => void {
    if (this.expired) return () => {};
    const upstream = this.keeper?.hold();
    const release = () => {
      if (!this.holds.delete(release)) return;
      upstream?.();
      this.refresh();
    };
    this.holds.add(release);
    this.refresh();
    return release;
  }

  private stop(reason: unknown): void {
    this.dispose();
    this.controller.abort(reason);
  }

  get expired(): boolean {
    return this.signal.aborted;
  }

  get stoppedBy(): StopCause | undefined {
    return this.signal.aborted ? causeOf(this.signal.reason) : undefined;
  }

  get ranOut(): boolean {
    return this.signal.aborted && this.signal.reason === this.ownReason;
  }

  remainingMs(): number {
    return this.signal.aborted ? 0 : Math.max(0, this.deadline - performance.now());
  }

  child(limit: Limit): Budget {
    const now = performance.now();
    const at = typeof limit === 'number' ? now + limit : 'until' in limit ? limit.until : this.deadline - limit.leave;
    return at < this.deadline ? new TimeBudget(at, this.signal) : new TimeBudget(this.deadline, this.signal, this);
  }

  sleep(ms: number): Promise<void> {
    return sleep(ms, this.signal);
  }

  race<T>(work: Promise<T>): Promise<T> {
    const { signal } = this;
    return new Promise<T>((resolve, reject) => {
      const onStop = () => reject(signal.reason);
      if (signal.aborted) return onStop();
      const release = this.hold();
      signal.addEventListener('abort', onStop, { once: true });
      work.then(resolve, reject).finally(() => {
        signal.removeEventListener('abort', onStop);
        release();
      });
    });
  }

  stopped(): Promise<StopCause> {
    const { signal } = this;
    if (signal.aborted) return Promise.resolve(causeOf(signal.reason));
    this.hold();
    return new Promise((resolve) => signal.addEventListener('abort', () => resolve(causeOf(signal.reason)), { once: true }));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const release of [...this.holds]) release();
    this.detach();
    this.detach = () => {};
  }
}

/**
 * A budget until `deadline` (a performance.now() value). `parent` stops it early: the job's
 * cancellation, or any signal of the work it belongs to (its reason is kept as the stop's).
 */
export function budget(deadline: number, parent?: AbortSignal): Budget {
  return new TimeBudget(deadline, parent);
}

/** A budget of `ms` from now. */
export function budgetFor(ms: number, parent?: AbortSignal): Budget {
  return budget(performance.now() + ms, parent);
}

/** Resolves after `ms`, or at once when `signal` aborts. Never rejects. Awaited work: its timer is ref'd. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, Math.max(0, ms));
    signal.addEventListener('abort', done, { once: true });
  });
}
