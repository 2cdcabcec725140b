/** The gate commands in-process, against the local double: formats, colour, exit codes, secrets. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { exitCodeOf, runGateCommand } from '../../src/cli/gate-command.js';
import { runCli } from '../../src/cli/commands.js';
import type { Terminal } from '../../src/cli/terminal.js';
import { fail, pass, type CheckResult } from '../../src/engine/check.js';
import { buildReport } from '../../src/report/run-report.js';
import { expectClean } from './packed-cli.js';

let double: Double;
const dir = mkdtempSync(join(tmpdir(), 'gate-cli-'));
beforeAll(async () => {
  double = await startDouble({ credits: 500 });
});
afterAll(async () => {
  await double.close();
  rmSync(dir, { recursive: true, force: true });
});

function terminal(env: NodeJS.ProcessEnv = {}, tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const files: Record<string, string> = {};
  const t: Terminal = {
    out: (s) => void out.push(s),
    err: (s) => void err.push(s),
    outIsTTY: tty,
    errIsTTY: tty,
    env: { MONCRENEAU_API_URL: double.url, MONCRENEAU_API_KEY: double.keys.test, ...env },
    writeFile: async (path, text) => void (files[path] = text)
  };
  return { t, out, err, files, text: () => [...out, ...err, ...Object.values(files)].join('\n') };
}

const CONFIG_API = ['--environment', 'staging', '--checks', 'config,api,credits'];

describe('gate commands', () => {
  it('colour on a terminal, none when NO_COLOR is set or off a terminal', async () => {
    const onTty = terminal({}, true);
    expect(await runGateCommand('preflight', CONFIG_API, onTty.t)).toBe(0);
    expect(onTty.out.join('\n')).toContain('\u001b[32m✔ pass\u001b[39m');
    const noColour = terminal({ NO_COLOR: '1' }, true);
    await runGateCommand('preflight', CONFIG_API, noColour.t);
    expect(noColour.out.join('\n')).not.toContain('\u001b');
    const piped = terminal();
    await runGateCommand('preflight', CONFIG_API, piped.t);
    expect(piped.out.join('\n')).not.toContain('\u001b');
  });

  it('--output keeps the readable text on stdout and writes the format, without colour, to the file', async () => {
    const run = terminal({}, true);
    const file = join(dir, 'r.json');
    expect(await runGateCommand('preflight', [...CONFIG_API, '--format', 'json', '--output', file], run.t)).toBe(0);
    expect(run.out.join('\n')).toMatch(/PROMOTABLE/);
    expect(run.out.at(-1)).toBe(`The json report written to ${file}`);
    expect(JSON.parse(run.files[file]!)).toMatchObject({ mode: 'preflight', result: 'pass' });
    expect(run.err).toEqual([]);
    const text = terminal({}, true);
    await runGateCommand('preflight', [...CONFIG_API, '--output', join(dir, 'r.txt')], text.t);
    expect(text.files[join(dir, 'r.txt')]).toMatch(/^MONCRENEAU deploy gate · preflight · staging: PROMOTABLE/);
    expect(text.files[join(dir, 'r.txt')]).not.toContain('\u001b');
  });

  it('a secret a server echoes is redacted in every format', async () => {
    const key = double.keys.test;
    double.setFaults({
      respondWith: { status: 401, body: { error: { code: 'INVALID_API_KEY', message: `key ${key} / ${Buffer.from(key).toString('base64')} refused` } } }
    });
    try {
      for (const format of ['text', 'markdown', 'json', 'junit']) {
        const run = terminal();
        expect(await runGateCommand('preflight', [...CONFIG_API, '--format', format], run.t)).toBe(1);
        expect(run.text()).toContain('INVALID_API_KEY');
        expectClean(run.text(), [key]);
      }
    } finally {
      double.clearFaults();
    }
  });

  it('an input that does not parse: exit 2, and the hint names the flag as well as the with: block', async () => {
    const run = terminal();
    expect(await runGateCommand('preflight', [...CONFIG_API, '--min-credits', 'abc'], run.t)).toBe(2);
    expect(run.text()).toContain('min-credits: "abc" is not a whole number >= 0');
    expect(run.text()).toContain('(or the command line’s flags of the same names)');
  });

  it("leaves the caller's environment alone", async () => {
    const run = terminal({ 'INPUT_MIN-CREDITS': '9999' });
    expect(await runGateCommand('preflight', CONFIG_API, run.t)).toBe(0);
    expect(run.t.env['INPUT_MIN-CREDITS']).toBe('9999');
    expect(run.t.env.INPUT_MODE).toBeUndefined();
    expect(process.env.INPUT_MODE).toBeUndefined();
  });

  it('a usage error and an unknown command are exit 2 with one line; a crash is exit 3 without what was typed', async () => {
    const run = terminal();
    expect(await runCli(['preflight', '--nope'], run.t)).toBe(2);
    expect(run.err).toEqual([expect.stringMatching(/^error: Unknown option '--nope'/)]);
    expect(await runCli(['deploy;rm -rf'], run.t)).toBe(2);
    expect(run.err.at(-1)).toMatch(/^error: the command given is not one of/);
    const crash = terminal();
    crash.t.out = () => {
      throw new Error('stdout closed for mk_live_0123456789abcdef');
    };
    expect(await runCli(['trigger', 'mk_live_0123456789abcdef', '--help'], crash.t)).toBe(3);
    expect(crash.err.join('\n')).toMatch(/^error: the deploy gate stopped unexpectedly/);
    expect(crash.err.join('\n')).not.toContain('mk_live_0123456789abcdef');
  });
});

describe('exitCodeOf', () => {
  const report = (checks: CheckResult[]) =>
    buildReport({ mode: 'preflight', environment: 'production', failOn: 'failure', startedAt: new Date(), durationMs: 1, checks });
  const row = (id: string, outcome: ReturnType<typeof pass>): CheckResult => ({ id, title: id, durationMs: 0, ...outcome });
  it.each([
    ['promotable', report([row('config', pass('ok'))]), true, 0],
    ['blocked by a check', report([row('credits', fail('low'))]), true, 1],
    ['invalid inputs', report([row('config', fail('1 invalid input'))]), false, 2],
    ["the gate's own fault", report([row('config', pass('ok')), row('gate', fail('the gate stopped unexpectedly'))]), true, 3],
    ['no report at all', undefined, true, 3]
  ])('%s: %s', (_, r, inputsValid, code) => {
    expect(exitCodeOf({ report: r, inputsValid })).toBe(code);
  });
});
