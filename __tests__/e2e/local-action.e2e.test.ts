/**
 * GitHub's own local runner, `@github/local-action` (a devDependency), run as the README says
 * (`npx local-action run . src/main.ts .env`) against the local double and a verifying webhook
 * receiver on 127.0.0.1. It replaces @actions/core with its own, so what it shows is what the
 * gate tells core: the outputs table, masks, the summary file, and the failure. It needs no
 * network (it reads action.yml and loads src/main.ts through tsx); about 8 s a run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDouble } from '../../sandbox/moncreneau-double.mjs';
import { startReceiver } from '../../sandbox/webhook-receiver.mjs';
import { NODE24, REPO_ROOT } from '../helpers/run-bundle.js';

const LOCAL_ACTION = join(REPO_ROOT, 'node_modules/@github/local-action/bin/local-action.js');
const SECRET = 'whsec_LOCALaction_5Tg8Wq2Zr7Kp';
const OUTPUT_NAMES = ['result', 'failed-checks', 'warned-checks', 'credits', 'api-latency-ms', 'webhook-latency-ms', 'report-path'];

let double: Awaited<ReturnType<typeof startDouble>>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  double = await startDouble({});
  receiver = await startReceiver({ secret: SECRET });
});
afterAll(async () => {
  await double?.close();
  await receiver?.close();
});

interface LocalRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  /** Output name -> value, read from local-action's "Action Outputs" table. */
  table: Record<string, string>;
}

/** The rows of the outputs table, `│ 0 │ 'result' │ 'pass' │`. */
function outputsTable(stdout: string): Record<string, string> {
  const after = stdout.slice(stdout.indexOf('Action Outputs'));
  return Object.fromEntries([...after.matchAll(/^│ \d+\s+│ '([^']+)'\s+│ '([^']*)'\s+│$/gm)].map((m) => [m[1]!, m[2]!]));
}

/** One `local-action run . src/main.ts <file>` with these .env lines. */
function runLocalAction(lines: Record<string, string>): Promise<LocalRun> {
  const dir = mkdtempSync(join(tmpdir(), 'gate-local-action-'));
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(summaryFile, '');
  const envFile = join(dir, '.env');
  const all = { ...lines, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: dir };
  writeFileSync(
    envFile,
    Object.entries(all)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n')
  );
  const node = existsSync(NODE24) ? NODE24 : process.execPath;
  return new Promise((resolve, reject) => {
    // Only what a developer's shell would have: no INPUT_ or GITHUB_ variables leak in.
    const child = spawn(node, [LOCAL_ACTION, 'run', '.', 'src/main.ts', envFile], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 90_000
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, summary: readFileSync(summaryFile, 'utf8'), table: outputsTable(stdout) }));
  });
}

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    INPUT_ENVIRONMENT: 'staging',
    'INPUT_API-URL': double.url,
    'INPUT_API-KEY': double.keys.test,
    'INPUT_WEBHOOK-URL': receiver.url,
    'INPUT_WEBHOOK-SECRET': SECRET,
    'INPUT_ALLOW-PRIVATE-WEBHOOK': 'true',
    'INPUT_PR-COMMENT': 'false',
    ...extra
  };
}

/** A Node stack frame (`    at run (file.ts:12:3)`) anywhere in what was printed. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe('@github/local-action', () => {
  let passing: LocalRun;
  let failing: LocalRun;
  beforeAll(async () => {
    [passing, failing] = await Promise.all([runLocalAction(inputs()), runLocalAction(inputs({ 'INPUT_MIN-CREDITS': '1000', 'INPUT_WARN-CREDITS': '2000' }))]);
  }, 120_000);

  it('when the gate passes then the outputs table shows every output with its value', () => {
    expect(passing.code).toBe(0);
    expect(Object.keys(passing.table).sort()).toEqual([...OUTPUT_NAMES].sort());
    expect(passing.table).toMatchObject({ result: 'pass', 'failed-checks': '', credits: '500' });
    expect(passing.table['report-path']).toMatch(/moncreneau-deploy-gate-.*\.json$/);
    expect(passing.stdout).not.toMatch(/No outputs were set/);
  });

  it('when secrets are given then they are masked through core, never printed in clear', () => {
    for (const run of [passing, failing]) {
      const text = run.stdout + run.stderr + run.summary;
      expect(text).not.toContain(double.keys.test);
      expect(text).not.toContain(SECRET);
      // The hand-written protocol printed these as plain lines under local-action.
      expect(text).not.toContain('::add-mask::');
    }
  });

  it('when the gate runs then the job summary file is written', () => {
    expect(passing.summary).toMatch(/^## MONCRENEAU deploy gate — staging — ✅ passed/m);
    expect(failing.summary).toMatch(/^## MONCRENEAU deploy gate — staging — .*blocked/m);
  });

  it('when a check fails then the run shows as failed, with titled annotations and no stack trace', () => {
    expect(failing.table).toMatchObject({ result: 'fail', 'failed-checks': 'credits' });
    expect(failing.stdout).toContain('::error title=Credit balance (credits)::500 credits available, minimum 1000');
    expect(failing.stdout).toContain('::error::MONCRENEAU deploy gate: promotion blocked by credits.');
    // Raw, percent-encoded workflow commands are what the hand-written protocol showed.
    expect(failing.stdout).not.toMatch(/%0A/);
    expect(failing.stdout + failing.stderr).not.toMatch(STACK_FRAME);
    // run() reports through core.setFailed and leaves the process alone: the report completes.
    expect(failing.stdout).toContain('Action Outputs');
  });
});
