/** Waiting and stopping on time, shared by everything that polls or keeps a deadline. */

/** Why work stopped when the runner cancelled the job, told apart from the deadline by type. */
export class JobCancelled extends Error {
  constructor(what: string) {
    super(`the job was cancelled (${what})`);
    this.name = 'JobCancelled';
  }
}

/** Resolves after `ms`, or at once when `signal` aborts. Never rejects. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(0, ms));
    signal.addEventListener('abort', done, { once: true });
  });
}

/** A controller that aborts at `at` (a performance.now() value), or when `also` aborts. */
export function abortAt(at: number, also: AbortSignal = new AbortController().signal): AbortController {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('deadline')), Math.max(0, at - performance.now()));
  // The deadline alone must not keep the process alive once the work is done.
  timer.unref();
  const onAbort = () => controller.abort(also.reason);
  if (also.aborted) onAbort();
  also.addEventListener('abort', onAbort, { once: true });
  controller.signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      also.removeEventListener('abort', onAbort);
    },
    { once: true }
  );
  return controller;
}
