/** What every mode (preflight, smoke, watch) is given and gives back. */
import type { CheckResult } from '../engine/check.js';
import type { Budget } from '../engine/timing.js';
import type { CleanupRegistry } from '../finish/cleanup-registry.js';
import type { Alert } from '../report/run-report.js';
import type { HttpClientOptions } from '../http/http-client.js';
import type { Settings } from '../settings/settings.js';

export interface ModeContext {
  settings: Settings;
  /** The variables require-env names, those that are set (src/run-context.ts). */
  requiredVariables: Readonly<Record<string, string>>;
  /** The run's time: timeout-seconds' deadline, stopped early when the job is cancelled. The mode works within it; main disposes it. */
  time: Budget;
  /** Aborted when the runner cancels the job (SIGINT/SIGTERM): for what must outlive the cancel (smoke's cleanup). */
  cancelled: AbortSignal;
  /** Transport options: the run's proxy settings and the debug log of exchanges; tests add CAs. */
  http?: HttpClientOptions;
  /**
   * Where the mode registers, as soon as it exists, what must be undone (a booked appointment)
   * should a fault end the run before the mode can: the emergency finish undoes it or alerts.
   */
  cleanup: CleanupRegistry;
  /** A line in the job's log, as it happens (watch progress). */
  log: (line: string) => void;
  /** Detail for investigation (HTTP exchanges, probe answers); absent: dropped. */
  debug?: (line: string) => void;
  /** Folds what `body` prints under `title` (one watch interval); absent: not folded. */
  group?: <T>(title: string, body: () => Promise<T>) => Promise<T>;
  /** Folds the lines logged until endGroup under a title (the runner's ::group::); absent: no folding. */
  startGroup?: (title: string) => void;
  endGroup?: () => void;
  /** The mode waits on the network: what prints (the runner's adapter, the report) may load now. */
  warmUp?: () => void;
  /** The mode's first request is on its way: what reading its answer needs (the redactor's index) may be built now. */
  prepare?: () => void;
}

export interface ModeResult {
  /** One row each in the summary: checks in preflight, steps in smoke, criteria in watch. */
  checks: CheckResult[];
  /** Outputs of this mode beyond the common ones (appointment-id, rollback...). */
  outputs?: Record<string, string>;
  /** Something the on-call engineer must act on by hand; shown first in the summary. */
  alert?: Alert;
  /** Mode-specific data for the report and the summary (the watch timeline). */
  data?: Record<string, unknown>;
  /** Summary sections of this mode, rendered from `data` once it has been redacted. */
  renderSections?: (data: Record<string, unknown>) => string[];
}
