/**
 * The gate's IO outside GitHub Actions: no runner commands, no masks (redaction does that job),
 * no step outputs. Progress lines go to the terminal as they come; the summary and the report
 * are kept for the command line to render in the format asked for.
 */
import type { GateIO } from '../io/gate-io.js';
import type { Annotation, RunReport } from '../report/run-report.js';
import type { Redactor } from '../redact.js';
import { terminalSafe } from './terminal-text.js';

export interface TerminalIO extends GateIO {
  /** Called by the engine once the run's report is built (redacted). */
  receiveReport(report: RunReport, inputsValid: boolean): void;
  readonly report: RunReport | undefined;
  readonly inputsValid: boolean;
  readonly summary: string | undefined;
  /** What the engine gave as the reason the step failed, when it did. */
  readonly failure: string | undefined;
  readonly outputs: Readonly<Record<string, string>>;
}

/**
 * @param write one line of text to the terminal stream (stdout, or stderr when stdout carries
 *   a report format)
 */
export function createTerminalIO(inputs: Readonly<Record<string, string>>, redact: Redactor, write: (line: string) => void): TerminalIO {
  let report: RunReport | undefined;
  let inputsValid = true;
  let summary: string | undefined;
  let failure: string | undefined;
  const outputs: Record<string, string> = {};
  /** Titles of annotations that only repeat a check's row, which the rendered report shows. */
  let repeated = new Set<string>();
  const say = (text: string) => write(terminalSafe(redact(text)));

  return {
    // Inputs by name, as given on the command line (untrimmed, like the runner adapter).
    readInput: (name) => inputs[name] ?? '',
    registerSecret: () => undefined,
    info(line) {
      // Once the report exists, the engine's lines only repeat its rows.
      if (report === undefined) say(line);
    },
    // The runner's debug channel (every HTTP exchange) has no terminal counterpart yet.
    debug: () => undefined,
    group: (title, body) => {
      if (report === undefined) say(title);
      return body();
    },
    annotate(a: Annotation) {
      if (repeated.has(a.title)) return;
      say(`${a.level}: ${a.title}: ${a.message}`);
    },
    setOutput(name, value) {
      outputs[name] = redact(value);
    },
    async writeSummary(markdown) {
      summary = redact(markdown);
    },
    setFailed(message) {
      failure = redact(message);
    },
    receiveReport(r, valid) {
      report = r;
      inputsValid = valid;
      repeated = new Set(['Act now', ...r.checks.map((c) => `${c.title} (${c.id})`)]);
    },
    get report() {
      return report;
    },
    get inputsValid() {
      return inputsValid;
    },
    get summary() {
      return summary;
    },
    get failure() {
      return failure;
    },
    get outputs() {
      return outputs;
    }
  };
}
