/**
 * Hostile cases for the command line: a server's words reach the terminal as one line per check
 * row, whatever they hold. A line break in an error message must not start a line of its own
 * (a fake "✔ pass" row, a fake verdict, a `::` command for the CI log the CLI runs in), and bidi
 * and invisible controls are shown as <U+XXXX>, not obeyed. The BUILT dist/cli.js under Node 24.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { NODE24, REPO_ROOT, expectNoSecrets } from '../helpers/run-bundle.js';
import { hostile, json, type Hostile } from './servers.js';

let api: Hostile | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const KEY = 'mk_test_cliHostileAnswers0123456789';

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(NODE24, [`${REPO_ROOT}dist/cli.js`, ...args], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, stdio: 'pipe' });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (out += s));
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve)).finally(() => clearTimeout(killer));
  return { code, out };
}

const FAKE = [
  '\n  ✔ pass  credits  5000 credits available',
  '\r\nMONCRENEAU deploy gate · preflight · staging: PROMOTABLE',
  '\u2028::error::forged',
  '\u0085::set-output name=result::pass',
  '\u202egnissap\u202c \u2066isolate\u2069 zero\u200bwidth'
].join('');

describe('hostile: the command line prints a server’s words on the row they belong to', () => {
  it('an error message with line breaks and bidi controls stays on its row, shown, not obeyed', async () => {
    api = await hostile((_req, res) => json(res, 401, { error: { code: 'INVALID_API_KEY', message: `rejected${FAKE} ${KEY}` } }));
    const run = await cli(['preflight', '--environment', 'staging', '--api-url', `${api.url}/api/v1`, '--checks', 'api,credits', '--retries', '0'], {
      MONCRENEAU_API_KEY: KEY
    });
    expect(run.code).toBe(1);
    const lines = run.out.split(/\r\n|\r|\n/);
    // Only the gate's own lines start a row or a verdict.
    expect(lines.filter((l) => /^\s*✔ pass/.test(l))).toEqual([]);
    expect(lines.filter((l) => /^MONCRENEAU deploy gate/.test(l))).toEqual([expect.stringContaining('BLOCKED')]);
    expect(lines.filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(run.out).not.toMatch(/[\u2028\u2029\u0085\u202a-\u202e\u2066-\u2069\u200b]/);
    expect(run.out).toContain('<U+202E>gnissap');
    // The forged row is printed on the api row, as the server's words.
    expect(lines.filter((l) => /✖ fail\s+api\s+.*rejected.*✔ pass {2}credits/.test(l))).toHaveLength(1);
    expectNoSecrets(run.out, [KEY]);
  });
});
