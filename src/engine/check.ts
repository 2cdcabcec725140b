/** The one result type every check produces, and the interface a check implements. */
import type { HttpClient, HttpClientOptions } from '../http/http-client.js';
import type { Budget } from './timing.js';
import type { Settings } from '../settings/settings.js';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

/** What a check found, before the engine adds its id, title and duration. */
export interface CheckOutcome {
  status: CheckStatus;
  /** One line: what was found. */
  summary: string;
  /** One line per finding, in the order found. */
  details: string[];
  /** What to do about a warning or failure. */
  hints: string[];
  /** Measured values for the JSON report and the outputs. */
  data: Record<string, unknown>;
}

export interface CheckResult extends CheckOutcome {
  id: string;
  title: string;
  durationMs: number;
}

/** What a check may use while it runs. Checks do their own I/O through injected clients. */
export interface CheckContext {
  settings: Settings;
  /** The variables require-env names, those that are set (src/run-context.ts). */
  requiredVariables: Readonly<Record<string, string>>;
  /** The run's time: its deadline, and a signal aborted at it or when the job is cancelled; every network call runs within it. */
  time: Budget;
  /** Transport options: the run's proxy, the debug log of exchanges; tests add CAs. */
  http?: HttpClientOptions;
  /** The transport the API checks share (one connection per origin); absent: each opens its own. */
  api?: HttpClient;
}

export interface Check {
  id: string;
  title: string;
  run(ctx: CheckContext): Promise<CheckOutcome>;
}

type OutcomeExtras = Partial<Pick<CheckOutcome, 'details' | 'hints' | 'data'>>;

export function outcome(status: CheckStatus, summary: string, extras: OutcomeExtras = {}): CheckOutcome {
  return { status, summary, details: extras.details ?? [], hints: extras.hints ?? [], data: extras.data ?? {} };
}

export const pass = (summary: string, extras: OutcomeExtras = {}) => outcome('pass', summary, extras);
export const warn = (summary: string, extras: OutcomeExtras = {}) => outcome('warn', summary, extras);
export const fail = (summary: string, extras: OutcomeExtras = {}) => outcome('fail', summary, extras);
export const skip = (summary: string, extras: OutcomeExtras = {}) => outcome('skip', summary, extras);

const SEVERITY: Record<CheckStatus, number> = { skip: 0, pass: 1, warn: 2, fail: 3 };

/** The worse of two statuses (fail > warn > pass > skip). */
export function worst(a: CheckStatus, b: CheckStatus): CheckStatus {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}
