/**
 * Hostile: a reader slower than the gate. The runner parses every line it reads (commands,
 * masks), a CI pipes the command line's report into `jq`: the pipe fills, the process keeps the
 * rest in memory, and an exit that does not wait for it drops the log's last lines, the failure
 * among them, or cuts the JSON report in half. The BUILT bundle and dist/cli.js under Node 24,
 * their standard output read only after a pause, as a busy reader does.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { NODE24, REPO_ROOT, startBundle } from '../helpers/run-bundle.js';
import { hostile, json, type Hostile } from './servers.js';

const KEY = 'mk_test_slowReaderKey0123456789abcd';
/** Enough missing variables for a log and a report far larger than a pipe holds (64 KiB). */
const MANY_NAMES = Array.from({ length: 1500 }, (_, i) => `MISSING_VARIABLE_${i}`);

/** Reads nothing for a while, then everything: the gate is done long before. */
function slowReader(stream: Readable): void {
  stream.pause();
  setTimeout(() => stream.resume(), 1_500);
}

let api: Hostile;
beforeAll(async () => {
  api = await hostile((_req, res) => json(res, 200, { content: [], availableCredits: 500 }));
});
afterAll(async () => api.close());

describe('hostile: the exit waits for a slow reader', () => {
  it('the action: every log line reaches the runner, the failure last', async () => {
    const { child, done } = startBundle({
      environment: 'staging',
      'api-url': `${api.url}/api/v1`,
      'api-key': KEY,
      checks: 'config',
      'require-env': MANY_NAMES.join('\n'),
      'pr-comment': 'false'
    });
    slowReader(child.stdout!);
    const run = await done;
    expect(run.code).toBe(1);
    // Shortened: a cut log is one line of some 200 KB.
    expect(run.stdout.trimEnd().split('\n').pop()!.slice(0, 100)).toBe('::error::MONCRENEAU deploy gate: promotion blocked by config.');
    expect(run.stdout).toContain('❌ Fail  config: 1500 problems');
  });

  it('the command line: --format json piped to a slow reader is the whole report', async () => {
    const child = spawn(
      NODE24,
      [
        `${REPO_ROOT}dist/cli.js`,
        'preflight',
        '--environment',
        'staging',
        '--checks',
        'config',
        '--api-url',
        `${api.url}/api/v1`,
        '--require-env',
        MANY_NAMES.join(','),
        '--format',
        'json'
      ],
      { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', MONCRENEAU_API_KEY: KEY }, stdio: ['ignore', 'pipe', 'pipe'] }
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    // The readable text goes to standard error, read as it comes.
    child.stderr.resume();
    slowReader(child.stdout);
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve)).finally(() => clearTimeout(killer));
    expect(code).toBe(1);
    expect({ length: out.length, ends: out.trimEnd().slice(-20) }).toMatchObject({ ends: expect.stringMatching(/\}$/) });
    const report = JSON.parse(out) as { result: string; checks: { id: string; details: string[] }[] };
    expect(report.result).toBe('fail');
    expect(report.checks.find((c) => c.id === 'config')!.details.length).toBeGreaterThanOrEqual(MANY_NAMES.length);
  });
});
