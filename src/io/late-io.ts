/**
 * A GateIO whose adapter loads when the gate first prints: `@actions/core` (and the HTTP stack
 * it brings) is not on the way to the first request. It reads no inputs (the run context reads
 * `INPUT_*` as core does); every call made before the adapter is there is kept and replayed in
 * order, so the masks still come before any line the gate prints.
 */
import type { GateIO } from './gate-io.js';

/** The longest a line waits for the adapter: live enough for a person reading the log. */
export const LINE_DELAY_MS = 50;

export function lateIO(loadAdapter: () => Promise<GateIO>): GateIO {
  let adapter: GateIO | undefined;
  let loading: Promise<GateIO> | undefined;
  const pending: ((io: GateIO) => void)[] = [];

  const load = (): Promise<GateIO> =>
    (loading ??= loadAdapter().then((io) => {
      // Replayed before anything that waited for the load continues: the order of calls holds.
      for (const call of pending.splice(0)) {
        try {
          call(io);
        } catch {
          // A line the runner could not take does not stop the ones after it.
        }
      }
      adapter = io;
      return io;
    }));
  let scheduled: NodeJS.Timeout | undefined;
  /**
   * Within `ms`, not now: whoever printed goes on, and answers that came together (the webhook
   * probes', an API sample's) are read before the loading holds the process for a while.
   */
  const loadWithin = (ms: number) => {
    if (loading || (scheduled && ms >= LINE_DELAY_MS)) return;
    clearTimeout(scheduled);
    scheduled = setTimeout(() => void load().catch(() => undefined), ms);
  };
  /** Now if the adapter is there, else kept for it; `prints` says the runner should see it soon. */
  const call = (prints: boolean, fn: (io: GateIO) => void) => {
    if (adapter) return fn(adapter);
    pending.push(fn);
    if (prints) loadWithin(LINE_DELAY_MS);
  };

  return {
    // Kept, not a reason to load: masks matter only once something prints.
    registerSecret: (value) => call(false, (io) => io.registerSecret(value)),
    info: (line) => call(true, (io) => io.info(line)),
    debug: (line) => call(true, (io) => io.debug(line)),
    startGroup: (title) => call(true, (io) => io.startGroup?.(title)),
    endGroup: () => call(true, (io) => io.endGroup?.()),
    annotate: (annotation) => call(true, (io) => io.annotate(annotation)),
    setOutput: (name, value) => call(true, (io) => io.setOutput(name, value)),
    setFailed: (message) => call(true, (io) => io.setFailed(message)),
    group: async (title, body) => (await load()).group(title, body),
    writeSummary: async (markdown) => (await load()).writeSummary(markdown),
    ready: async () => void (await load()),
    // Loaded, every kept call replayed, and all of it written by the adapter.
    settled: async () => (await load()).settled?.(),
    warmUp: () => loadWithin(0)
  };
}
