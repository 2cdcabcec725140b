/** Everything the gate writes, behind one interface: the Actions runner is one implementation. */
import type { Annotation } from '../report/run-report.js';
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
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string): void;
  writeSummary(markdown: string): Promise<void>;
  /** Marks the step failed (exit code 1) with a message. */
  setFailed(message: string): void;
}

/** Wraps an IO so that nothing it is given can carry a secret. */
export function redactingIO(io: GateIO, redact: Redactor): GateIO {
  return {
    registerSecret: (value) => io.registerSecret(value),
    info: (line) => io.info(redact(line)),
    debug: (line) => io.debug(redact(line)),
    group: (title, body) => io.group(redact(title), body),
    annotate: (a) => io.annotate({ ...a, title: redact(a.title), message: redact(a.message) }),
    setOutput: (name, value) => io.setOutput(name, redact(value)),
    writeSummary: (markdown) => io.writeSummary(redact(markdown)),
    setFailed: (message) => io.setFailed(redact(message))
  };
}
