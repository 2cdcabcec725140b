import { describe, expect, it } from '@jest/globals';
import type { GateIO } from '../../src/io/gate-io.js';
import { LINE_DELAY_MS, lateIO } from '../../src/io/late-io.js';

/** An adapter that writes every call, in order, to one list; loaded when `release` is called. */
function recordingAdapter() {
  const calls: string[] = [];
  let loads = 0;
  let release!: () => void;
  const ready = new Promise<void>((resolve) => (release = resolve));
  const adapter: GateIO = {
    registerSecret: (v) => void calls.push(`mask ${v}`),
    info: (l) => void calls.push(`info ${l}`),
    debug: (l) => void calls.push(`debug ${l}`),
    group: async (t, body) => (calls.push(`group ${t}`), body()),
    startGroup: (t) => void calls.push(`start ${t}`),
    endGroup: () => void calls.push('end'),
    annotate: (a) => void calls.push(`annotate ${a.message}`),
    setOutput: (n, v) => void calls.push(`output ${n}=${v}`),
    writeSummary: async (m) => void calls.push(`summary ${m}`),
    setFailed: (m) => void calls.push(`failed ${m}`)
  };
  const load = async () => {
    loads++;
    await ready;
    return adapter;
  };
  return { calls, load, release, loads: () => loads };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('lateIO: the runner adapter loads when the gate first prints', () => {
  it('does not load for masks alone, and keeps them until it does', async () => {
    const a = recordingAdapter();
    const io = lateIO(a.load);
    io.registerSecret('s3cret-value-1');
    await tick();
    await tick();
    expect(a.loads()).toBe(0);
    expect(a.calls).toEqual([]);
  });

  it('loads soon after the first line, and replays every call in the order it was made, masks first', async () => {
    const a = recordingAdapter();
    const io = lateIO(a.load);
    io.registerSecret('s3cret-value-1');
    io.debug('GET https://api.example/ 200');
    io.info('line one');
    // Not while the caller is still running, nor at once: answers that came together are read first.
    expect(a.loads()).toBe(0);
    await tick();
    expect(a.loads()).toBe(0);
    await sleep(LINE_DELAY_MS + 20);
    expect(a.loads()).toBe(1);
    io.setOutput('status', 'passed');
    io.registerSecret('s3cret-value-2');
    io.info('line two');
    expect(a.calls).toEqual([]);
    a.release();
    await io.settled!();
    expect(a.calls).toEqual([
      'mask s3cret-value-1',
      'debug GET https://api.example/ 200',
      'info line one',
      'output status=passed',
      'mask s3cret-value-2',
      'info line two'
    ]);
    // Once loaded, calls go straight through, and the adapter is loaded once only.
    io.info('line three');
    expect(a.calls.at(-1)).toBe('info line three');
    expect(a.loads()).toBe(1);
  });

  it('loads at the next turn when the mode says it waits on the network (warmUp), sooner than a line would', async () => {
    const a = recordingAdapter();
    const io = lateIO(a.load);
    io.debug('GET https://api.example/ 200');
    io.warmUp!();
    expect(a.loads()).toBe(0);
    await sleep(5);
    expect(a.loads()).toBe(1);
    // A line after it does not load it again.
    io.info('line');
    await sleep(LINE_DELAY_MS + 20);
    expect(a.loads()).toBe(1);
  });

  it('writes what was kept before the summary, and settled() waits for the adapter (the process exits after it)', async () => {
    const a = recordingAdapter();
    const io = lateIO(a.load);
    io.registerSecret('s3cret-value-1');
    io.setFailed('blocked');
    const summary = io.writeSummary('# verdict');
    const settled = io.settled!();
    let done = false;
    void settled.then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    a.release();
    await Promise.all([summary, settled]);
    expect(a.calls).toEqual(['mask s3cret-value-1', 'failed blocked', 'summary # verdict']);
  });

  it('replays every kept call even when one of them throws', async () => {
    const a = recordingAdapter();
    const io = lateIO(async () => {
      const adapter = await a.load();
      return {
        ...adapter,
        setOutput: () => {
          throw new Error('outputs file not writable');
        }
      };
    });
    io.registerSecret('s3cret-value-1');
    io.setOutput('status', 'passed');
    io.info('after');
    a.release();
    await io.settled!();
    expect(a.calls).toEqual(['mask s3cret-value-1', 'info after']);
  });

  it('is ready once the adapter is loaded, without waiting for what it still has to write', async () => {
    const a = recordingAdapter();
    const io = lateIO(async () => ({ ...(await a.load()), settled: () => new Promise<void>(() => undefined) }));
    io.setFailed('blocked');
    a.release();
    await io.ready!();
    expect(a.calls).toEqual(['failed blocked']);
    let settled = false;
    void io.settled!().then(() => (settled = true));
    await sleep(20);
    expect(settled).toBe(false);
  });

  it('runs a group once loaded, with what was kept before it', async () => {
    const a = recordingAdapter();
    const io = lateIO(a.load);
    io.info('before');
    const grouped = io.group('Details', async () => {
      io.info('inside');
      return 42;
    });
    a.release();
    await expect(grouped).resolves.toBe(42);
    expect(a.calls).toEqual(['info before', 'group Details', 'info inside']);
  });

  it('fails settled() when the adapter cannot load, so the run guard knows nothing was written', async () => {
    const io = lateIO(async () => {
      throw new Error('no adapter');
    });
    io.info('line');
    await expect(io.settled!()).rejects.toThrow('no adapter');
  });
});
