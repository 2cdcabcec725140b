/** Everything the gate writes, behind one interface: the Actions runner is one implementation. */
import type { Annotation } from '../report/run-report.js';
import { inertLine, inertText } from '../inert-text.js';
import type { Redactor } from '../redact.js';

export interface GateIO {
  /** Masks a value in the runner's log; called before anything else is printed. */
  registerSecret(value: string): void;
  /**
   * An input exactly as the front end was given it (untrimmed, '' when absent). An IO without
   * it leaves the inputs to the `INPUT_<NAME>` variables of the run's environment.
   */
  readInput?(name: string): string;
  info(line: string): void;
  /** Detail for whoever investigates a run (the runner shows it with ACTIONS_STEP_DEBUG). */
  debug(line: string): void;
  /** Runs `body` with what it prints folded under `title`. */
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  /** Folds the lines that follow under a title, until endGroup (a stretch of watch intervals); absent: no folding. */
  startGroup?(title: string): void;
  endGroup?(): void;
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string): void;
  writeSummary(markdown: string): Promise<void>;
  /** Marks the step failed (exit code 1) with a message. */
  setFailed(message: string): void;
  /** Resolves once the IO takes calls at once, each failing or not on its own (an adapter that loads late is loaded). */
  ready?(): Promise<void>;
  /** Resolves once everything given so far is written (before the process exits). */
  settled?(): Promise<void>;
  /** The run is waiting on the network: an adapter that loads late may load now. */
  warmUp?(): void;
}

/**
 * Text on its way out: redacted whole first (invisible characters can split a secret, and the
 * redactor reads through them), then made inert (nothing invisible, no workflow command).
 */
export function outgoingText(redact: Redactor): (text: string) => string {
  return (text) => inertText(redact(text));
}

/**
 * Wraps an IO so that nothing it is given can carry a secret or start a runner command: every
 * line the gate writes passes here, whatever adapter speaks to the runner.
 */
export function redactingIO(io: GateIO, redact: Redactor): GateIO {
  const line = (text: string) => inertLine(redact(text));
  const text = outgoingText(redact);
  return {
    registerSecret: (value) => io.registerSecret(value),
    ...(io.readInput ? { readInput: (name: string) => io.readInput!(name) } : {}),
    info: (l) => io.info(line(l)),
    debug: (l) => io.debug(line(l)),
    group: (title, body) => io.group(line(title), body),
    startGroup: (title) => io.startGroup?.(line(title)),
    endGroup: () => io.endGroup?.(),
    annotate: (a) => io.annotate({ ...a, title: line(a.title), message: text(a.message) }),
    setOutput: (name, value) => io.setOutput(name, text(value)),
    writeSummary: (markdown) => io.writeSummary(text(markdown)),
    setFailed: (message) => io.setFailed(text(message)),
    ready: async () => io.ready?.(),
    settled: async () => io.settled?.(),
    warmUp: () => io.warmUp?.()
  };
}
