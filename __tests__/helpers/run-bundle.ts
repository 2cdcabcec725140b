/**
 * Runs the BUILT action (dist/index.js) the way the runner does: a child process under a
 * Node 24 binary (scripts/node24.mjs), a clean environment, inputs as INPUT_<NAME> variables, and
 * fresh GITHUB_STEP_SUMMARY / GITHUB_OUTPUT files and RUNNER_TEMP directory. Like the runner,
 * it passes every default action.yml declares (the test's inputs on top), so a default that
 * breaks a mode breaks its tests too; a test opts out only to show what happens without them.
 *
 * The bundle is whatever `npx ncc build src/index.ts -o dist --license licenses.txt` last built.
 */
import { expect } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNode24 } from '../../scripts/node24.mjs';
import { findLeaks } from './secret-scan.js';
import { FAKE_GITHUB_TOKEN, runnerDefaults } from './action-yml.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const node24 = findNode24();
/** The Node 24 binary the runner would use (jest.config.js leaves out these tests when there is none). */
export const NODE24 = node24.ok ? node24.path : join(REPO_ROOT, 'node-24-not-found');
export const BUNDLE = join(REPO_ROOT, 'dist/index.js');

export interface BundleRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Step outputs parsed from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  /** The job summary file's text ('' when nothing was written). */
  summary: string;
  /** The JSON report named by the report-path output, or null when there is none. */
  report: Record<string, unknown> | null;
  durationMs: number;
  /** stdout + stderr + summary + the outputs file + the report file, for secret scans. */
  allText: string;
  /** True when the run was killed at opts.timeoutMs. */
  timedOut: boolean;
}

/**
 * Parses the GITHUB_OUTPUT file: `name<<DELIM\nvalue\nDELIM` blocks as @actions/core writes
 * them, and plain `name=value` lines.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]!);
      }
      if (!closed) throw new Error(`GITHUB_OUTPUT: ${name} has no closing delimiter`);
      outputs[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: unreadable line ${JSON.stringify(line)}`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

export function inputVariables(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]));
}

export interface RunOptions {
  timeoutMs?: number;
  /** False: pass only the test's inputs, not action.yml's defaults (the runner always passes them). */
  runnerDefaults?: boolean;
  /** What `${{ github.token }}` renders to; '' for a job without a token. */
  githubToken?: string;
}

/** The INPUT_* variables the runner sets for these `with:` inputs: action.yml's defaults, then the inputs. */
export function runnerInputs(inputs: Record<string, string>, opts: RunOptions = {}): Record<string, string> {
  const defaults = opts.runnerDefaults === false ? {} : runnerDefaults(opts.githubToken ?? FAKE_GITHUB_TOKEN);
  return inputVariables({ ...defaults, ...inputs });
}

export async function runBundle(inputs: Record<string, string>, env: Record<string, string> = {}, opts: RunOptions = {}): Promise<BundleRun> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: build it with npx ncc build src/index.ts -o dist --license licenses.txt`);
  const dir = mkdtempSync(join(tmpdir(), 'gate-e2e-'));
  const summaryFile = join(dir, 'step-summary.md');
  const outputFile = join(dir, 'github-output.txt');
  const runnerTemp = mkdtempSync(join(dir, 'runner-temp-'));
  // The runner creates both files empty; @actions/core refuses a summary file it cannot open.
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');

  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runnerTemp,
    ...env,
    ...runnerInputs(inputs, opts)
  };

  const started = performance.now();
  const child = spawn(NODE24, [BUNDLE], { cwd: dir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, opts.timeoutMs ?? 20_000);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, s) => resolve({ code: c, signal: s }));
  }).finally(() => clearTimeout(killer));
  const durationMs = performance.now() - started;

  try {
    const summary = readFileSync(summaryFile, 'utf8');
    const outputText = readFileSync(outputFile, 'utf8');
    const outputs = parseOutputFile(outputText);
    const reportPath = outputs['report-path'];
    const reportText = reportPath && existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
    const report = reportText ? (JSON.parse(reportText) as Record<string, unknown>) : null;
    return {
      code,
      signal,
      stdout,
      stderr,
      outputs,
      summary,
      report,
      durationMs,
      timedOut,
      allText: [stdout, stderr, summary, outputText, reportText].join('\n')
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Fails when any text holds 8 consecutive characters of a secret's random part (after its
 * public prefix) in any encoding of secret-scan.ts: raw, any case, split, JSON, percent-encoded
 * (JavaScript, Python, PHP), Markdown, HTML entities, hex, base64 at any alignment.
 * `::add-mask::` commands are the one place a secret must appear: the runner consumes them and
 * never shows them (the same line whether the gate or @actions/core writes it).
 */
export function expectNoSecrets(allText: string, secrets: readonly string[], ...moreTexts: string[]): void {
  const shown = [allText, ...moreTexts]
    .join('\n')
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  expect(findLeaks(shown, secrets)).toEqual([]);
}
