// Runs the built gate (dist/index.js) once, as the runner does: a child process under Node 24
// with inputs as INPUT_<NAME> variables and fresh output, summary and RUNNER_TEMP files. Shared
// by the demo, the screenshots and the benchmarks. Asynchronous on purpose: the local double
// and receivers they start live in the calling process and must keep answering.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNode24 } from './node24.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const node24 = findNode24();
export const NODE24 = node24.ok ? node24.path : process.execPath;
export const BUNDLE = join(ROOT, 'dist/index.js');

/** The GITHUB_OUTPUT file's `name<<delimiter` entries as an object. */
export function parseOutputs(text) {
  const outputs = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(.+)\n([^]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return outputs;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * @param {Record<string, string>} inputs action inputs by name (`api-key`...)
 * @param {{ env?: Record<string, string>, node?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, wallMs: number, outputs: Record<string, string>, summary: string, report: any }>}
 */
export function runGate(inputs, { env = {}, node = NODE24, timeoutMs = 60_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'moncreneau-gate-run-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md') };
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  const childEnv = { PATH: process.env.PATH, RUNNER_TEMP: dir, ...files, ...env };
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.toUpperCase()}`] = value;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(node, [BUNDLE], { env: childEnv, timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const outputs = parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
      const reportPath = outputs['report-path'];
      const report = reportPath && existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : null;
      resolve({ code, stdout, stderr, wallMs: performance.now() - started, outputs, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), report });
    });
  });
}
