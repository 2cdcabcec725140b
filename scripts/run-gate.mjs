// Runs the built gate (dist/index.js) as GitHub's runner does: a child process under Node 24
// (node24.mjs), a clean environment, every default action.yml declares passed as INPUT_<NAME>
// with the caller's inputs on top, fresh runner files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
// GITHUB_ENV, GITHUB_PATH, GITHUB_STATE) and RUNNER_TEMP, and what the run wrote read back.
// The one way to run the bundle, shared by the tests (__tests__/helpers/run-bundle.ts), the
// demo, the screenshots and the benchmarks. Types: run-gate.d.mts. Asynchronous on purpose: the
// local double and receivers a caller starts live in the calling process and must keep answering.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { findNode24 } from './node24.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(ROOT, 'dist/index.js');
export const ACTION_YML = join(ROOT, 'action.yml');
/** Where Node 24 is, or why none was found (jest.config.js leaves out the bundle tests then). */
export const NODE24_FOUND = findNode24();
/** The Node 24 binary, or this script's own Node when there is none (the scripts still run). */
export const NODE24 = NODE24_FOUND.ok ? NODE24_FOUND.path : process.execPath;

/** A token of the shape the runner hands out (`ghs_` and 36 characters); it reaches no server. */
export const FAKE_GITHUB_TOKEN = 'ghs_e2eFakeTokenRenderedAsTheRunnerDoes0';

/** The files the runner creates empty for each step and names in the environment. */
export const RUNNER_FILES = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'];

/** action.yml as an object; a duplicate key throws, so a repeated input cannot hide. */
export function readActionYml(path = ACTION_YML) {
  return parse(readFileSync(path, 'utf8'), { uniqueKeys: true, strict: true });
}

/**
 * Every default action.yml declares, as the runner passes it (name -> value). The one runner
 * expression used, `${{ github.token }}`, becomes `githubToken`; any other expression throws,
 * so a new one cannot be passed through unrendered.
 */
export function runnerDefaults(githubToken = FAKE_GITHUB_TOKEN, action = readActionYml()) {
  const defaults = {};
  for (const [name, entry] of Object.entries(action?.inputs ?? {})) {
    const declared = entry?.default;
    if (declared === undefined || declared === null) continue;
    const text = String(declared);
    if (/^\$\{\{\s*github\.token\s*\}\}$/.test(text)) defaults[name] = githubToken;
    else if (text.includes('${{')) throw new Error(`${name}: the default ${text} is an expression this helper cannot render`);
    else defaults[name] = text;
  }
  return defaults;
}

/** The variable the runner sets for each input: `INPUT_` and the name, spaces as `_`, upper case. */
export function inputVariables(inputs) {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]));
}

/** The INPUT_* variables the runner sets for these `with:` inputs: action.yml's defaults, then the inputs. */
export function runnerInputs(inputs, { runnerDefaults: withDefaults = true, githubToken = FAKE_GITHUB_TOKEN } = {}) {
  return inputVariables({ ...(withDefaults ? runnerDefaults(githubToken) : {}), ...inputs });
}

/**
 * Parses the GITHUB_OUTPUT file: `name<<DELIM\nvalue\nDELIM` blocks as @actions/core writes
 * them, and plain `name=value` lines. Anything else throws.
 */
export function parseOutputFile(text) {
  const outputs = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]);
      }
      if (!closed) throw new Error(`GITHUB_OUTPUT: ${name} has no closing delimiter`);
      outputs[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: unreadable line ${JSON.stringify(line)}`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

/**
 * A step's environment in a fresh folder: the runner files (empty), RUNNER_TEMP, PATH, the
 * caller's `env`, then the INPUT_* variables. `read()` reads back what the run wrote;
 * `dispose()` removes the folder.
 */
export function prepareRun(inputs, { env = {}, runnerDefaults: withDefaults = true, githubToken } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'moncreneau-gate-run-'));
  const files = Object.fromEntries(RUNNER_FILES.map((name) => [name, join(dir, name.toLowerCase().replace(/_/g, '-'))]));
  // The runner creates them empty; @actions/core refuses a summary file it cannot open.
  for (const path of Object.values(files)) writeFileSync(path, '');
  const runnerTemp = mkdtempSync(join(dir, 'runner-temp-'));
  const childEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    ...files,
    RUNNER_TEMP: runnerTemp,
    ...env,
    ...runnerInputs(inputs, { runnerDefaults: withDefaults, githubToken })
  };
  const text = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  return {
    dir,
    files,
    env: childEnv,
    read() {
      const written = Object.fromEntries(RUNNER_FILES.map((name) => [name, text(files[name])]));
      const outputs = parseOutputFile(written.GITHUB_OUTPUT);
      const reportPath = outputs['report-path'];
      const reportText = reportPath ? text(reportPath) : '';
      return { files: written, outputs, summary: written.GITHUB_STEP_SUMMARY, report: reportText ? JSON.parse(reportText) : null, reportText };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true })
  };
}

/**
 * Starts the bundle; `done` resolves when it has exited, with what it printed and wrote. A run
 * still going at `timeoutMs` is killed (SIGKILL) and marked `timedOut`. `child` lets a caller
 * send the runner's signals (SIGINT, SIGTERM) as a cancelled job would.
 */
export function startGate(inputs, { env, node = NODE24, bundle = BUNDLE, prefix = [], timeoutMs = 60_000, runnerDefaults: withDefaults, githubToken } = {}) {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build it with npm run build`);
  const run = prepareRun(inputs, { env, runnerDefaults: withDefaults, githubToken });
  const started = performance.now();
  // A prefix runs node under another command: `unshare -n` (no network), `/usr/bin/time`.
  const [command, ...args] = [...prefix, node, bundle];
  const child = spawn(command, args, { cwd: run.dir, env: run.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const done = new Promise((resolve, reject) => {
    child.on('error', (error) => {
      run.dispose();
      reject(error);
    });
    child.on('close', (code, signal) => resolve({ code, signal }));
  })
    .finally(() => clearTimeout(killer))
    .then(({ code, signal }) => {
      const durationMs = performance.now() - started;
      try {
        const written = run.read();
        const allText = [stdout, stderr, ...Object.values(written.files), written.reportText].join('\n');
        return {
          code,
          signal,
          stdout,
          stderr,
          outputs: written.outputs,
          summary: written.summary,
          report: written.report,
          files: written.files,
          durationMs,
          timedOut,
          allText
        };
      } finally {
        run.dispose();
      }
    });
  return { child, done };
}

/** Runs the bundle once to its end (see startGate). */
export async function runGate(inputs, options) {
  return startGate(inputs, options).done;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
