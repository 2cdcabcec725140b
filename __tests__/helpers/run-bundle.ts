/**
 * Runs the BUILT action (dist/index.js) the way the runner does, through the one helper the
 * scripts use too (scripts/run-gate.mjs): a child process under a Node 24 binary
 * (scripts/node24.mjs), a clean environment, inputs as INPUT_<NAME> variables, and fresh runner
 * files (GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, ...) and RUNNER_TEMP directory. Like the runner,
 * it passes every default action.yml declares (the test's inputs on top), so a default that
 * breaks a mode breaks its tests too; a test opts out only to show what happens without them.
 *
 * The bundle is whatever `npm run build` last built.
 */
import { expect } from '@jest/globals';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE24_FOUND, startGate, type GateRun, type InputOptions } from '../../scripts/run-gate.mjs';
import { findLeaks } from './secret-scan.js';

export { BUNDLE, inputVariables, parseOutputFile, runnerInputs } from '../../scripts/run-gate.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The Node 24 binary the runner would use (jest.config.js leaves out these tests when there is none). */
export const NODE24 = NODE24_FOUND.ok ? NODE24_FOUND.path : join(REPO_ROOT, 'node-24-not-found');

export type BundleRun = GateRun;

export interface RunOptions extends InputOptions {
  /** Killed after this long (default 20 s). */
  timeoutMs?: number;
  /** A command node runs under, as argv: ['unshare', '-n'] for a namespace with no network. */
  prefix?: string[];
}

/** Starts the bundle; `child` takes the runner's signals (SIGINT, SIGTERM), `done` has the run once it exited. */
export function startBundle(inputs: Record<string, string>, env: Record<string, string> = {}, opts: RunOptions = {}): ReturnType<typeof startGate> {
  return startGate(inputs, {
    env,
    node: NODE24,
    prefix: opts.prefix,
    timeoutMs: opts.timeoutMs ?? 20_000,
    runnerDefaults: opts.runnerDefaults,
    githubToken: opts.githubToken
  });
}

export async function runBundle(inputs: Record<string, string>, env: Record<string, string> = {}, opts: RunOptions = {}): Promise<BundleRun> {
  return startBundle(inputs, env, opts).done;
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
