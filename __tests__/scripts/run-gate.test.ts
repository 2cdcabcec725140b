/**
 * The one helper that runs the built bundle (scripts/run-gate.mjs), checked against stand-in
 * bundles: a tiny script that writes what the gate writes, so no build is needed.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAKE_GITHUB_TOKEN, inputVariables, prepareRun, readActionYml, RUNNER_FILES, runGate, runnerInputs } from '../../scripts/run-gate.mjs';

const work = mkdtempSync(join(tmpdir(), 'gate-run-gate-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stand-in bundle: its source, written to a file. */
function standIn(name: string, source: string): string {
  const path = join(work, `${name}.mjs`);
  writeFileSync(path, source);
  return path;
}

describe('the INPUT_* variables', () => {
  it('are named as the runner names them: INPUT_, spaces as _, upper case, dashes kept', () => {
    expect(inputVariables({ 'api-key': 'k', 'a b': 'c', mode: 'smoke' })).toEqual({ 'INPUT_API-KEY': 'k', INPUT_A_B: 'c', INPUT_MODE: 'smoke' });
  });

  it('hold every default action.yml declares, github.token rendered, the inputs on top', () => {
    const inputs = (readActionYml() as { inputs: Record<string, { default?: unknown }> }).inputs;
    const declared = Object.entries(inputs).filter(([, entry]) => entry.default !== undefined && entry.default !== null);
    const passed = runnerInputs({ mode: 'watch' });
    expect(Object.keys(passed).sort()).toEqual(declared.map(([name]) => `INPUT_${name.toUpperCase()}`).sort());
    expect(passed).toMatchObject({ INPUT_MODE: 'watch', 'INPUT_GITHUB-TOKEN': FAKE_GITHUB_TOKEN });
    expect(runnerInputs({}, { githubToken: '' })['INPUT_GITHUB-TOKEN']).toBe('');
    expect(runnerInputs({ checks: 'config' }, { runnerDefaults: false })).toEqual({ INPUT_CHECKS: 'config' });
  });
});

describe('prepareRun', () => {
  it('creates every runner file empty and RUNNER_TEMP, and the inputs win over the caller’s env', () => {
    const run = prepareRun({ mode: 'smoke' }, { env: { INPUT_MODE: 'watch', EXTRA: '1' } });
    try {
      for (const name of RUNNER_FILES) expect([name, readFileSync(run.env[name]!, 'utf8')]).toEqual([name, '']);
      expect(statSync(run.env.RUNNER_TEMP!).isDirectory()).toBe(true);
      expect(run.env).toMatchObject({ INPUT_MODE: 'smoke', EXTRA: '1' });
    } finally {
      run.dispose();
    }
    expect(existsSync(run.dir)).toBe(false);
  });
});

describe('runGate', () => {
  it('reads back the exit code, the output, the summary and the report the run wrote', async () => {
    const bundle = standIn(
      'writes',
      `import { appendFileSync, writeFileSync } from 'node:fs';
const report = process.env.RUNNER_TEMP + '/report.json';
writeFileSync(report, JSON.stringify({ result: 'fail', mode: process.env.INPUT_MODE }));
appendFileSync(process.env.GITHUB_OUTPUT, 'result<<EOF_1\\nfail\\nEOF_1\\nreport-path<<EOF_2\\n' + report + '\\nEOF_2\\n');
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '## summary\\n');
console.log('cwd is', process.cwd() === process.env.RUNNER_TEMP.replace(/\\/runner-temp-[^/]+$/, ''));
process.exitCode = 1;
`
    );
    const run = await runGate({ mode: 'smoke' }, { node: process.execPath, bundle });
    expect(run).toMatchObject({
      code: 1,
      signal: null,
      timedOut: false,
      outputs: { result: 'fail' },
      summary: '## summary\n',
      report: { result: 'fail', mode: 'smoke' }
    });
    expect(run.stdout).toBe('cwd is true\n');
    expect(run.allText).toContain('"mode":"smoke"');
  });

  it('kills a run still going at timeoutMs and says so', async () => {
    const bundle = standIn('hangs', 'setInterval(() => {}, 1000);\n');
    const run = await runGate({}, { node: process.execPath, bundle, timeoutMs: 300 });
    expect(run).toMatchObject({ code: null, signal: 'SIGKILL', timedOut: true, outputs: {}, report: null });
  });

  it('refuses a missing bundle with how to build it', async () => {
    await expect(runGate({}, { bundle: join(work, 'nothing.js') })).rejects.toThrow(/missing: build it with npm run build/);
  });
});
