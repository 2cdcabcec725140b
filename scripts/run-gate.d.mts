/** Types of run-gate.mjs: the one way to run the built bundle, for the tests and the scripts. */
import type { ChildProcess } from 'node:child_process';

export const ROOT: string;
export const BUNDLE: string;
export const ACTION_YML: string;
export const NODE24_FOUND: { ok: true; path: string } | { ok: false; reason: string };
export const NODE24: string;
export const FAKE_GITHUB_TOKEN: string;

export type RunnerFile = 'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY' | 'GITHUB_ENV' | 'GITHUB_PATH' | 'GITHUB_STATE';
export const RUNNER_FILES: readonly RunnerFile[];

export interface InputOptions {
  /** False: pass only the caller's inputs, not action.yml's defaults (the runner always passes them). */
  runnerDefaults?: boolean;
  /** What `${{ github.token }}` renders to; '' for a job without a token. */
  githubToken?: string;
}

export interface GateOptions extends InputOptions {
  /** Variables on top of the runner's (PATH, runner files, RUNNER_TEMP); INPUT_* come last. */
  env?: Record<string, string>;
  node?: string;
  bundle?: string;
  /** A command node runs under, as argv: ['unshare', '-n'] for a namespace with no network. */
  prefix?: string[];
  /** Killed with SIGKILL after this long (default 60 s). */
  timeoutMs?: number;
}

/** What a run wrote, read back from its files. */
export interface Written {
  files: Record<RunnerFile, string>;
  /** Step outputs parsed from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  /** The job summary file's text ('' when nothing was written). */
  summary: string;
  /** The JSON report named by the report-path output, or null when there is none. */
  report: Record<string, unknown> | null;
  reportText: string;
}

export interface GateRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  report: Record<string, unknown> | null;
  files: Record<RunnerFile, string>;
  durationMs: number;
  /** True when the run was killed at timeoutMs. */
  timedOut: boolean;
  /** stdout + stderr + every runner file + the report file, for secret scans. */
  allText: string;
}

export interface PreparedRun {
  dir: string;
  files: Record<RunnerFile, string>;
  env: Record<string, string>;
  read(): Written;
  dispose(): void;
}

export function readActionYml(path?: string): Record<string, unknown>;
export function runnerDefaults(githubToken?: string, action?: unknown): Record<string, string>;
export function inputVariables(inputs: Record<string, string>): Record<string, string>;
export function runnerInputs(inputs: Record<string, string>, options?: InputOptions): Record<string, string>;
export function parseOutputFile(text: string): Record<string, string>;
export function prepareRun(inputs: Record<string, string>, options?: InputOptions & { env?: Record<string, string> }): PreparedRun;
export function startGate(inputs: Record<string, string>, options?: GateOptions): { child: ChildProcess; done: Promise<GateRun> };
export function runGate(inputs: Record<string, string>, options?: GateOptions): Promise<GateRun>;
export function median(values: readonly number[]): number;
