/**
 * The ready-made workflows under .github/workflows, run as far as a machine without GitHub can:
 * their "start the double" step is executed as written (it must fill $GITHUB_ENV), then the
 * gate step's `with:` block, expressions evaluated, is handed to the BUILT bundle on top of
 * every default action.yml declares, as the runner passes them. actionlint checks the rest of
 * each file in .ci/run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapAt, parseYaml } from '../helpers/action-yml.js';
import { REPO_ROOT, runBundle } from '../helpers/run-bundle.js';

const DIR = join(REPO_ROOT, '.github/workflows');
const workflow = (name: string) => readFileSync(join(DIR, name), 'utf8');

type Step = { name?: string; id?: string; if?: string; uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { needs?: string | string[]; steps?: Step[] };

/** The jobs of a workflow, read with the yaml library. */
function jobs(text: string): Record<string, Job> {
  return mapAt(parseYaml(text), 'jobs') as unknown as Record<string, Job>;
}

/** Every step of every job of a workflow. */
function steps(text: string): Step[] {
  return Object.values(jobs(text)).flatMap((job) => job.steps ?? []);
}

/** The `run:` script of the step with this name. */
function runBlock(text: string, stepName: string): string {
  const step = steps(text).find((s) => s.name === stepName);
  if (!step?.run) throw new Error(`no step named ${stepName} with a run: script`);
  return step.run.trim();
}

/** The `with:` block of the step that runs the action itself (`uses: ./`), as the strings the runner passes. */
function gateInputs(text: string): Record<string, string> {
  const gate = steps(text).filter((s) => s.uses === './');
  if (gate.length !== 1) throw new Error(`expected one step that uses ./, found ${gate.length}`);
  return Object.fromEntries(Object.entries(gate[0]!.with ?? {}).map(([k, v]) => [k, String(v)]));
}

interface Context {
  env: Record<string, string>;
  matrix?: Record<string, string>;
  inputs?: Record<string, string>;
}

/** The expressions these workflows use: a context path, or `x == 'v' && a || b`. */
function evaluate(value: string, ctx: Context): string {
  const expression = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(value)?.[1];
  if (expression === undefined) return value;
  const path = (p: string): string => {
    const [scope, name] = p.split('.') as [keyof Context, string];
    const found = ctx[scope]?.[name];
    if (found === undefined) throw new Error(`${p} is not set`);
    return found;
  };
  const choice = /^([\w.]+) == '([^']*)' && ([\w.]+) \|\| ([\w.]+)$/.exec(expression);
  if (choice) return path(choice[1]!) === choice[2] ? path(choice[3]!) : path(choice[4]!);
  if (/^[\w.]+$/.test(expression)) return path(expression);
  throw new Error(`expression not understood by this test: ${expression}`);
}

const WORKFLOWS = ['deploy.yml', 'manual.yml', 'post-deploy-watch.yml', 'matrix.yml'];
/** The repository's own CI, not examples for users: they never run the gate. */
const OWN_CI = ['ci.yml', 'check-dist.yml', 'codeql.yml', 'release.yml'];
const START = 'Start the local MONCRENEAU double (stands in for the real API here)';
let work: string;
let sandboxPid = 0;
const sandboxEnv: Record<string, string> = {};

beforeAll(() => {
  // Every workflow starts the double the same way; run that step as GitHub would.
  const snippets = WORKFLOWS.map((name) => runBlock(workflow(name), START));
  expect(new Set(snippets).size).toBe(1);
  work = mkdtempSync(join(tmpdir(), 'gate-workflows-'));
  const githubEnv = join(work, 'github-env');
  const out = execFileSync('bash', ['-e', '-c', `${snippets[0]}\necho "SANDBOX_PID=$!"`], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, RUNNER_TEMP: work, GITHUB_ENV: githubEnv },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit']
  });
  sandboxPid = Number(/SANDBOX_PID=(\d+)/.exec(out)?.[1]);
  for (const line of readFileSync(githubEnv, 'utf8').split('\n').filter(Boolean)) {
    sandboxEnv[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
}, 30_000);

afterAll(() => {
  if (sandboxPid > 0) process.kill(sandboxPid, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

async function runGate(name: string, ctx: Omit<Context, 'env'>, override: Record<string, string> = {}) {
  const raw = gateInputs(workflow(name));
  const inputs = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, evaluate(v, { ...ctx, env: sandboxEnv })]));
  return runBundle({ ...inputs, ...override }, { NODE_EXTRA_CA_CERTS: sandboxEnv.NODE_EXTRA_CA_CERTS! }, { timeoutMs: 60_000 });
}

describe('the workflow files against the double', () => {
  it('lists exactly the four documented workflows, beside the repository’s own CI', () => {
    expect(readdirSync(DIR).sort()).toEqual([...WORKFLOWS, ...OWN_CI].sort());
  });

  it('starts the double and fills $GITHUB_ENV with what the gate reads', () => {
    expect(Object.keys(sandboxEnv)).toEqual(
      expect.arrayContaining([
        'MONCRENEAU_API_URL',
        'MONCRENEAU_API_KEY',
        'MONCRENEAU_TEST_API_KEY',
        'MONCRENEAU_WEBHOOK_URL',
        'MONCRENEAU_WEBHOOK_SECRET',
        'NODE_EXTRA_CA_CERTS'
      ])
    );
    expect(sandboxEnv.MONCRENEAU_API_URL).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
  });

  it('deploy.yml: the gate passes in production, so deploy-production may run', async () => {
    expect([jobs(workflow('deploy.yml'))['deploy-production']?.needs].flat()).toContain('gate');
    const run = await runGate('deploy.yml', {});
    expect(run.outputs).toMatchObject({ result: 'pass', 'failed-checks': '' });
    expect(run.code).toBe(0);
  });

  it.each(['staging', 'production'])('matrix.yml: the %s job passes with its own key', async (environment) => {
    const run = await runGate('matrix.yml', { matrix: { environment } });
    expect(run.report).toMatchObject({ environment, result: 'pass' });
    expect(run.code).toBe(0);
  });

  it.each<[string, string]>([
    ['preflight', 'staging'],
    ['preflight', 'production'],
    ['smoke', 'production']
  ])('manual.yml: %s on %s passes', async (mode, environment) => {
    const run = await runGate('manual.yml', { inputs: { mode, environment } });
    expect(run.report).toMatchObject({ mode, environment, result: 'pass' });
    if (mode === 'smoke') expect(run.outputs['appointment-id']).toMatch(/^\d+$/);
  });

  it('post-deploy-watch.yml: a healthy production gives rollback=false (watch compressed to 3 s)', async () => {
    expect(steps(workflow('post-deploy-watch.yml')).map((step) => step.if)).toContain("${{ !cancelled() && steps.watch.outputs.rollback == 'true' }}");
    const run = await runGate('post-deploy-watch.yml', {}, { 'watch-minutes': '0.05', 'watch-interval-seconds': '0.5' });
    // Compressed to 0.5 s intervals, the watch warns that it would spend the key's hourly quota.
    expect(run.outputs).toMatchObject({ result: 'warn', rollback: 'false', 'rollback-reasons': '' });
    expect(run.code).toBe(0);
  });
});
