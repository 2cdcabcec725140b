/** Everything the gate writes, behind one interface: the Actions runner is one implementation. */
import type { Annotation } from '../report/run-report.js';
import type { Redactor } from '../redact.js';

export interface GateIO {
  /** Masks a value in the runner's log; called before anything else is printed. */
  registerSecret(value: string): void;
  info(line: string): void;
  /** Folds the lines that follow under a title in the job log, until endGroup (runner's ::group::). */
  startGroup?(title: string): void;
  endGroup?(): void;
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
    startGroup: (title) => io.startGroup?.(redact(title)),
    endGroup: () => io.endGroup?.(),
    annotate: (a) => io.annotate({ ...a, title: redact(a.title), message: redact(a.message) }),
    setOutput: (name, value) => io.setOutput(name, redact(value)),
    writeSummary: (markdown) => io.writeSummary(redact(markdown)),
    setFailed: (message) => io.setFailed(redact(message))
  };
}
