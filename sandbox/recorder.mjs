// A bounded log that tests can wait on: "resolve once n entries have arrived".

/**
 * @template T
 * @typedef {object} Recorder
 * @property {T[]} items the newest entries, at most `limit` of them
 * @property {() => number} total how many entries were ever recorded
 * @property {(item: T) => void} push
 * @property {(count: number, timeoutMs?: number) => Promise<T[]>} waitFor
 * @property {(reason: string) => void} close rejects every waiter
 */

/**
 * @template T
 * @param {string} label what is recorded, for timeout messages ("webhook deliveries")
 * @param {number} [limit] older entries are dropped past this, so a long-running sandbox stays bounded
 * @returns {Recorder<T>}
 */
export function createRecorder(label, limit = 10_000) {
  /** @type {T[]} */
  const items = [];
  let total = 0;
  /** @type {Set<{ count: number, settle: (error?: Error) => void }>} */
  const waiters = new Set();

  return {
    items,
    total: () => total,
    push(item) {
      items.push(item);
      total += 1;
      if (items.length > limit) items.shift();
      for (const waiter of waiters) if (total >= waiter.count) waiter.settle();
    },
    waitFor(count, timeoutMs = 2000) {
      if (total >= count) return Promise.resolve(items.slice());
      return new Promise((resolve, reject) => {
        const waiter = {
          count,
          settle: (/** @type {Error | undefined} */ error) => {
            clearTimeout(timer);
            waiters.delete(waiter);
            if (error) reject(error);
            else resolve(items.slice());
          }
        };
        const timer = setTimeout(() => waiter.settle(new Error(`Timed out after ${timeoutMs} ms waiting for ${count} ${label}; got ${total}`)), timeoutMs);
        waiters.add(waiter);
      });
    },
    close(reason) {
      for (const waiter of waiters) waiter.settle(new Error(`${reason} while waiting for ${label}`));
    }
  };
}
