/**
 * The run guard in-process: the emergency finish undoes what is registered within its budget,
 * then publishes a failing run; every part of a publish is written even when another fails; a
 * fault while preparing falls back to the minimal publish. Messages never carry a stack.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCleanupRegistry, mergeAlerts, undoPending } from '../../src/finish/cleanup-registry.js';
import { faultText } from '../../src/finish/fault-text.js';
import { publishRun, type Publisher, type RunEnd } from '../../src/finish/publish.js';
import { createRunGuard } from '../../src/finish/run-guard.js';
import type { GateIO } from '../../src/io/gate-io.js';
import { pass } from '../../src/engine/check.js';
import { readRunContext } from '../../src/run-context.js';

type Part = 'setOutput' | 'writeSummary' | 'annotate' | 'info' | 'setFailed';

/** An IO that records what it is given, and throws on the parts told to fail. */
function io(failing: Part[] = []) {
  const written = {
    outputs: {} as Record<string, string>,
    summaries: [] as string[],
    annotations: [] as string[],
    lines: [] as string[],
    failures: [] as string[]
  };
  const guard = (part: Part) => {
    if (failing.includes(part)) throw new Error(`${part} refused\n    at write (/somewhere/file.js:1:2)`);
  };
  const gate: GateIO = {
    registerSecret: () => undefined,
    info: (line) => (guard('info'), void written.lines.push(line)),
    debug: () => undefined,
    group: (_title, body) => body(),
    annotate: (a) => (guard('annotate'), void written.annotations.push(`${a.level}|${a.title}|${a.message}`)),
    setOutput: (name, value) => (guard('setOutput'), void (written.outputs[name] = value)),
    writeSummary: async (markdown) => (guard('writeSummary'), void written.summaries.push(markdown)),
    setFailed: (message) => (guard('setFailed'), void written.failures.push(message))
  };
  return { gate, written };
}

const SECRET = 'mk_test_guardSecret0123456789';
const facts = { mode: 'smoke', environment: 'staging', failOn: 'failure' as const, prComment: false, timeoutSeconds: 60 };
const publisher = (gate: GateIO, env: NodeJS.ProcessEnv = { RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'guard-')) }): Publisher => ({
  out: gate,
  context: readRunContext(env),
  redact: (text) => text.replaceAll(SECRET, '[redacted]'),
  comment: { enabled: false, token: '', redact: (t) => t, deadline: performance.now() + 10_000 }
});
const row = (summary: string) => ({ id: 'create', title: 'Create test appointment', ...pass(summary), durationMs: 3 });
const end = (extra: Partial<RunEnd> = {}): RunEnd => ({ facts, startedAt: new Date(), durationMs: 10, result: { checks: [row('booked')] }, ...extra });

describe('faultText', () => {
  it.each([
    ['a message with a stack in it', new Error('boom\n    at f (/app/dist/index.js:1:2)\n    at g (file:///x.js:3:4)'), 'boom'],
    ['no message', new TypeError(''), 'TypeError'],
    ['a string thrown', 'a string thrown', 'a string thrown'],
    [
      'a value that cannot be turned into text',
      {
        toString: () => {
          throw new Error('no');
        }
      },
      'an unreadable error'
    ],
    ['a very long message', new Error('x'.repeat(1000)), `${'x'.repeat(299)}…`]
  ])('%s', (_, error, expected) => expect(faultText(error)).toBe(expected));
});

describe('undoPending', () => {
  it('undoes what is registered, skips what was released, and bounds an undo that never ends', async () => {
    const registry = createCleanupRegistry();
    registry.register({ label: 'appointment 1', alert: { message: 'cancel 1' }, undo: async () => ({ undone: true, detail: 'cancelled' }) });
    const release = registry.register({ label: 'appointment 2', alert: { message: 'cancel 2' }, undo: async () => ({ undone: true, detail: 'x' }) });
    registry.register({ label: 'appointment 3', alert: { message: 'cancel 3', command: 'curl 3' }, undo: () => new Promise(() => undefined) });
    registry.register({
      label: 'appointment 4',
      alert: { message: 'cancel 4', command: 'curl 4' },
      undo: async () => {
        throw new Error('bad\n    at x (y.js:1:1)');
      }
    });
    release();
    const t0 = performance.now();
    const { row: undone, alert } = await undoPending(registry, 300);
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(undone!.status).toBe('fail');
    expect(undone!.summary).toBe(
      'appointment 1 undone: cancelled; appointment 3 NOT undone: not finished within the cleanup time; appointment 4 NOT undone: stopped with an error: bad'
    );
    expect(alert).toEqual({ message: 'cancel 3 cancel 4', command: 'curl 3; curl 4' });
  });

  it('an alert-only entry is always in the alert', async () => {
    const registry = createCleanupRegistry();
    registry.register({ label: 'a possible test appointment', alert: { message: 'look it up', command: 'curl list' } });
    const { alert } = await undoPending(registry, 100);
    expect(alert).toEqual({ message: 'look it up', command: 'curl list' });
  });

  it('nothing registered: nothing to say', async () => {
    expect(await undoPending(createCleanupRegistry(), 100)).toEqual({});
    expect(mergeAlerts([])).toBeUndefined();
  });
});

describe('publishRun: one part failing does not stop the others', () => {
  it.each<Part[]>([['setOutput'], ['writeSummary'], ['annotate'], ['info'], ['setOutput', 'writeSummary']])('%s refused', async (...failing) => {
    const { gate, written } = io(failing);
    const temp = mkdtempSync(join(tmpdir(), 'guard-'));
    const code = await publishRun(end({ result: { checks: [{ ...row('failed'), status: 'fail' }] } }), publisher(gate, { RUNNER_TEMP: temp }));
    expect(code).toBe(1);
    if (!failing.includes('setOutput')) expect(written.outputs).toMatchObject({ result: 'fail', 'appointment-id': '' });
    if (!failing.includes('writeSummary')) expect(written.summaries).toHaveLength(1);
    expect(written.failures).toEqual(['MONCRENEAU deploy gate: promotion blocked by create.']);
    // The report is written whatever else failed.
    const files = readdirSync(temp);
    expect(files).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(temp, files[0]!), 'utf8'))).toMatchObject({ result: 'fail' });
    if (!failing.includes('annotate')) {
      if (failing.includes('setOutput'))
        expect(written.annotations).toContain('warning|Outputs not written|The outputs could not be written: setOutput refused');
      if (failing.includes('writeSummary'))
        expect(written.annotations).toContain('warning|Summary not written|The summary could not be written: writeSummary refused');
    }
    if (!failing.includes('info')) expect(written.lines).toEqual(['❌ Fail  create: failed']);
    expect([...written.annotations, ...written.failures].join('\n')).not.toMatch(/\n\s+at /);
  });

  it('a fault while preparing falls back to the minimal publish: failing, every output, a short summary', async () => {
    const { gate, written } = io();
    const env = { RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'guard-')), MONCRENEAU_GATE_TEST_FAULT: 'publish' };
    const code = await publishRun(end({ result: { checks: [row(`passed with ${SECRET}`)], outputs: { 'appointment-id': '42' } } }), publisher(gate, env));
    expect(code).toBe(1);
    expect(written.outputs).toEqual({
      result: 'fail',
      'failed-checks': 'gate',
      'warned-checks': '',
      credits: '',
      'api-latency-ms': '',
      'webhook-latency-ms': '',
      'report-path': expect.stringContaining(env.RUNNER_TEMP),
      'appointment-id': '42'
    });
    expect(written.summaries[0]).toMatch(/^## MONCRENEAU deploy gate — staging — ❌ blocked$/m);
    expect(written.summaries[0]).toContain('the gate could not prepare its report: fault injected on purpose');
    expect(JSON.parse(readFileSync(written.outputs['report-path']!, 'utf8'))).toMatchObject({ result: 'fail', blocked: true, checks: [{ id: 'gate' }] });
  });
});

describe('createRunGuard', () => {
  it('the emergency undoes, publishes the steps so far, the fault and the cleanup, and has the last word', async () => {
    const { gate, written } = io();
    const guard = createRunGuard({ publisher: publisher(gate), facts, startedAt: new Date(), started: performance.now(), undoBudgetMs: 500 });
    let cancelled = false;
    guard.cleanup.setProgress(() => [row('appointment 7 booked')]);
    guard.cleanup.setOutput('appointment-id', '7');
    guard.cleanup.register({
      label: 'appointment 7',
      alert: { message: 'cancel 7' },
      undo: async () => ((cancelled = true), { undone: true, detail: 'cancelled' })
    });
    const first = guard.emergency(new Error(`escaped with ${SECRET}\n    at x (y.js:1:1)`));
    const second = guard.emergency(new Error('again'));
    expect(await first).toBe(1);
    expect(await second).toBe(1);
    expect(cancelled).toBe(true);
    expect(written.summaries).toHaveLength(1);
    expect(written.outputs).toMatchObject({ result: 'fail', 'failed-checks': 'gate', 'appointment-id': '7' });
    const summary = written.summaries[0]!;
    expect(summary).toMatch(/\| Create test appointment \| ✅ Pass \| appointment 7 booked \|/);
    expect(summary).toMatch(/\| Deploy gate \| ❌ Fail \| the gate stopped unexpectedly: escaped with \\\[redacted\\\] \|/);
    expect(summary).toMatch(/\| Cleanup after the fault \| ✅ Pass \| appointment 7 undone: cancelled \|/);
    expect(summary).not.toContain(SECRET);
    // The normal finish that comes later writes nothing more, and exits as the emergency did.
    expect(await guard.finish({ checks: [row('all good')] })).toBe(1);
    expect(written.summaries).toHaveLength(1);
  });
});
