/**
 * Waits until what was given to the process's standard streams has reached them. A pipe whose
 * reader is slower than the gate (the runner parsing every line for commands, `| jq`) keeps the
 * excess in memory, and process.exit() drops it: the last lines, the failure among them.
 */

/** Resolves once `stream` took everything written to it so far, it failed, or after `capMs`: never throws. */
export function flushed(stream: NodeJS.WriteStream, capMs: number): Promise<void> {
  if (stream.writableLength === 0 || stream.destroyed || stream.writableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(cap);
      stream.off('close', done);
      resolve();
    };
    // A reader that stopped reading for good must not hold the run past its deadline.
    const cap = setTimeout(done, capMs);
    cap.unref();
    stream.once('close', done);
    // Chunks are written in order: this one's callback runs once every earlier one is out.
    try {
      stream.write('', done);
    } catch {
      done();
    }
  });
}

/** Time given to a slow reader to take what is queued, before the process exits all the same. */
export const FLUSH_CAP_MS = 3_000;

/** Standard output and standard error, both written (or given up on after FLUSH_CAP_MS). */
export async function standardStreamsWritten(capMs = FLUSH_CAP_MS): Promise<void> {
  await Promise.all([flushed(process.stdout, capMs), flushed(process.stderr, capMs)]);
}
