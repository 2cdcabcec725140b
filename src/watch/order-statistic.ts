/**
 * A multiset of response times in whole milliseconds, with the k-th smallest in a fixed number
 * of steps: a Fenwick tree of counts over 0..MAX_TRACKED_MS. Adding, removing and ranking cost
 * log2(65,536) = 16 steps each, whatever how many values it holds, so the p95 of a window of
 * 10,000 intervals costs what it costs in the first. Exact to the millisecond up to 65.5 s;
 * a longer time counts as 65.5 s (no probe waits that long: each stops at 10 s at most).
 */
const BITS = 16;
const SIZE = 1 << BITS;
export const MAX_TRACKED_MS = SIZE - 1;

export class OrderStatistic {
  private readonly tree = new Uint32Array(SIZE + 1);
  private total = 0;
  /** Steps taken so far, so a test can see the work per interval stays bounded. */
  steps = 0;

  get size(): number {
    return this.total;
  }

  add(ms: number, delta: 1 | -1 = 1): void {
    const slot = Math.min(MAX_TRACKED_MS, Math.max(0, Math.round(ms))) + 1;
    for (let i = slot; i <= SIZE; i += i & -i) {
      this.tree[i]! += delta;
      this.steps++;
    }
    this.total += delta;
  }

  remove(ms: number): void {
    this.add(ms, -1);
  }

  /** The k-th smallest value (1-based); null when there are fewer than k. */
  kth(k: number): number | null {
    if (k < 1 || k > this.total) return null;
    let position = 0;
    let left = k;
    for (let step = SIZE; step > 0; step >>= 1) {
      this.steps++;
      const next = position + step;
      if (next <= SIZE && this.tree[next]! < left) {
        position = next;
        left -= this.tree[next]!;
      }
    }
    return position; // slot position + 1 holds the value `position`
  }

  /** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
  percentile(p: number): number | null {
    return this.total === 0 ? null : this.kth(Math.max(1, Math.ceil((p * this.total) / 100)));
  }

  max(): number | null {
    return this.kth(this.total);
  }
}
