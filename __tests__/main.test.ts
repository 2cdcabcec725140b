import { describe, it, expect, afterEach, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Annotation } from '../src/report/run-report.js';
import type { GateIO } from '../src/io/gate-io.js';
import { run } from '../src/main.js';
import { inputEnv } from './helpers/inputs.js';
import { readerSees } from './helpers/markdown.js';

type Event =
  | { kind: 'registerSecret'; value: string }
  | { kind: 'info'; line: string }
  | { kind: 'group'; title: string }
  | { kind: 'annotate'; annotation: Annotation }
  | { kind: 'setOutput'; name: string; value: string }
  | { kind: 'writeSummary'; markdown: string }
  | { kind: 'setFailed'; message: string };

/** A GateIO that records every call, in order. */
function recordingIO(): GateIO & { events: Event[] } {
  const events: Event[] = [];
  return {
    events,
    registerSecret: (value) => void events.push({ kind: 'registerSecret', value }),
    info: (line) => void events.push({ kind: 'info', line }),
    debug: () => undefined,
    group: (title, body) => {
      events.push({ kind: 'group', title });
      return body();
    },
    annotate: (annotation) => void events.push({ kind: 'annotate', annotation }),
    setOutput: (name, value) => void events.push({ kind: 'setOutput', name, value }),
    writeSummary: async (markdown) => void events.push({ kind: 'writeSummary', markdown }),
    setFailed: (message) => void events.push({ kind: 'setFailed', message })
  };
}

const outputsOf = (events: Event[]) => Object.fromEntries(events.flatMap((e) => (e.kind === 'setOutput' ? [[e.name, e.value]] : [])));
const summaryOf = (events: Event[]) => events.flatMap((e) => (e.kind === 'writeSummary' ? [e.markdown] : []));
const failuresOf = (events: Event[]) => events.flatMap((e) => (e.kind === 'setFailed' ? [e.message] : []));

const API_KEY = 'mk_live_MAINtest_8Hq2Lw5Zx9';
const WEBHOOK_SECRET = 'whsec_MAINtest_3Kd7Pv1Ny4';
let runnerTemp = '';

beforeAll(() => {
  runnerTemp = mkdtempSync(join(tmpdir(), 'gate-main-'));
});
afterAll(() => rmSync(runnerTemp, { recursive: true, force: true }));
afterEach(() => {
  // The recording IO sets no exit code, but a leaked one would fail jest with every test green.
  process.exitCode = undefined;
});

const envFor = (inputs: Record<string, string>, extra: Record<string, string> = {}) => inputEnv(inputs, { RUNNER_TEMP: runnerTemp, ...extra });

describe('run: order and secrets', () => {
  it('when secrets are given then they are registered before anything else is written', async () => {
    const io = recordingIO();
    await run(envFor({ 'api-key': API_KEY, 'webhook-secret': WEBHOOK_SECRET, checks: 'config' }), io);
    const firstOther = io.events.findIndex((e) => e.kind !== 'registerSecret');
    expect(firstOther).toBeGreaterThan(0);
    const registered = io.events.slice(0, firstOther).map((e) => (e.kind === 'registerSecret' ? e.value : null));
    expect(registered).toEqual(expect.arrayContaining([API_KEY, WEBHOOK_SECRET]));
    expect(io.events.slice(firstOther).some((e) => e.kind === 'registerSecret')).toBe(false);
  });

  it('when secrets come from MONCRENEAU_* variables then those values are registered', async () => {
    const io = recordingIO();
    await run(envFor({ checks: 'config' }, { MONCRENEAU_API_KEY: API_KEY, MONCRENEAU_WEBHOOK_SECRET: WEBHOOK_SECRET }), io);
    const registered = io.events.flatMap((e) => (e.kind === 'registerSecret' ? [e.value] : []));
    expect(registered).toEqual(expect.arrayContaining([API_KEY, WEBHOOK_SECRET]));
  });

  it('when inputs are bad and hold a secret then nothing but registerSecret ever sees it', async () => {
    const io = recordingIO();
    await run(envFor({ 'api-key': API_KEY, 'webhook-secret': WEBHOOK_SECRET, checks: `config,${API_KEY}`, 'api-probe-path': WEBHOOK_SECRET }), io);
    const written = JSON.stringify(io.events.filter((e) => e.kind !== 'registerSecret'));
    for (const tail of [API_KEY.slice(8), WEBHOOK_SECRET.slice(6), 'MAINtest\\\\_8Hq2']) expect(written).not.toContain(tail);
  });
});

describe('run: configuration errors', () => {
  const badInputs = { 'api-key': API_KEY, checks: 'config', 'min-credits': 'abc', retries: '11' };

  it('when an input does not parse then the run fails with one line per bad input', async () => {
    const io = recordingIO();
    const code = await run(envFor(badInputs), io);
    expect(code).toBe(1);
    expect(failuresOf(io.events)).toEqual(['min-credits: "abc" is not a whole number >= 0\nretries: "11" is not a whole number between 0 and 10']);
  });

  it('when an input does not parse then every output is still set', async () => {
    const io = recordingIO();
    await run(envFor(badInputs), io);
    const outputs = outputsOf(io.events);
    expect(outputs).toMatchObject({ result: 'fail', 'failed-checks': 'config', 'warned-checks': '', credits: '', 'api-latency-ms': '' });
    expect(Object.keys(outputs).sort()).toEqual(['api-latency-ms', 'credits', 'failed-checks', 'report-path', 'result', 'warned-checks', 'webhook-latency-ms']);
    expect(existsSync(outputs['report-path']!)).toBe(true);
    const report = JSON.parse(readFileSync(outputs['report-path']!, 'utf8'));
    expect(report).toMatchObject({ version: 1, result: 'fail', checks: [{ id: 'config', status: 'fail' }] });
  });

  it('when an input does not parse then the summary is still written and names it', async () => {
    const io = recordingIO();
    await run(envFor(badInputs), io);
    const summaries = summaryOf(io.events);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.split('\n')[0]).toMatch(/^## MONCRENEAU deploy gate — production — ❌ blocked/);
    expect(readerSees(summaries[0]!)).toContain('min-credits: "abc" is not a whole number >= 0');
    expect(readerSees(summaries[0]!)).toContain('retries: "11" is not a whole number between 0 and 10');
  });

  it('when an input does not parse then an error annotation is titled Configuration (config)', async () => {
    const io = recordingIO();
    await run(envFor(badInputs), io);
    const annotations = io.events.flatMap((e) => (e.kind === 'annotate' ? [e.annotation] : []));
    expect(annotations).toEqual([expect.objectContaining({ level: 'error', title: 'Configuration (config)' })]);
  });
});

describe('run: outcomes', () => {
  it.each<[string, Record<string, string>, number, string, number]>([
    ['a valid production config', { 'api-key': API_KEY, checks: 'config' }, 0, 'pass', 0],
    ['a test key in production', { 'api-key': 'mk_test_abc123456789', checks: 'config' }, 1, 'fail', 1],
    ['an unknown key with fail-on failure', { 'api-key': 'zz_abc123456789', checks: 'config' }, 0, 'warn', 0],
    ['an unknown key with fail-on warning', { 'api-key': 'zz_abc123456789', checks: 'config', 'fail-on': 'warning' }, 1, 'warn', 1]
  ])('when %s then the code is %i and the result %s', async (_label, inputs, code, result, failures) => {
    const io = recordingIO();
    expect(await run(envFor(inputs), io)).toBe(code);
    expect(outputsOf(io.events).result).toBe(result);
    expect(failuresOf(io.events)).toHaveLength(failures);
  });

  it('when only config is selected then the other checks are listed as skipped', async () => {
    const io = recordingIO();
    await run(envFor({ 'api-key': API_KEY, checks: 'config' }), io);
    const lines = io.events.flatMap((e) => (e.kind === 'info' ? [e.line] : e.kind === 'group' ? [`group ${e.title}`] : []));
    expect(lines).toEqual([
      expect.stringMatching(/^✅ Pass {2}config: /),
      '⏭️ Skip  api: not selected (checks input)',
      '⏭️ Skip  webhook: not selected (checks input)',
      '⏭️ Skip  credits: not selected (checks input)',
      // What the check found, folded under its own heading.
      'group config: details',
      expect.stringMatching(/^✅ API key mk_live_… \(from input api-key\)/),
      expect.stringMatching(/^✅ api-url /)
    ]);
  });

  it('when a run ends then the summary is written after the outputs', async () => {
    const io = recordingIO();
    await run(envFor({ 'api-key': API_KEY, checks: 'config' }), io);
    const kinds = io.events.map((e) => e.kind);
    expect(kinds.lastIndexOf('setOutput')).toBeLessThan(kinds.indexOf('writeSummary'));
  });
});
