/** How a run ends, as the publishers (the full one and the minimal one) are given it. */
import type { CommentSettings } from '../io/github-comment.js';
import type { GateIO } from '../io/gate-io.js';
import type { ModeResult } from '../modes/mode.js';
import type { Redactor } from '../redact.js';
import type { RunReport } from '../report/run-report.js';
import type { RunContext } from '../run-context.js';

/** What the report needs to know of the run: from the settings, or from the raw inputs. */
export interface RunFacts {
  mode: string;
  environment: string;
  failOn: 'failure' | 'warning';
  prComment: boolean;
  timeoutSeconds: number;
}

export interface RunEnd {
  facts: RunFacts;
  startedAt: Date;
  durationMs: number;
  result: ModeResult;
  /** Inputs that did not parse: the step fails with them, one per line. */
  invalidInputs?: readonly string[];
}

/** Told the run's (redacted) report once it is built, and whether the inputs parsed. */
export type ReportListener = (report: RunReport, inputsValid: boolean) => void;

export interface Publisher {
  out: GateIO;
  /** What the publish takes from the run's environment: the report's folder, the pull request's run, the test fault. */
  context: Pick<RunContext, 'reportDir' | 'github' | 'testFault'>;
  redact: Redactor;
  comment: CommentSettings;
  /** Told the run's redacted report once it is built, and whether the inputs parsed (the command line renders it). */
  onReport?: ReportListener;
  /** True once another finish took over: this one stops writing. */
  superseded?: () => boolean;
}
