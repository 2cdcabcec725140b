/**
 * Publishing a run: JSON report, outputs, annotations, log, summary, comment. Everything is
 * prepared first (pure); then each part is written on its own, so one that fails (a full disk,
 * an unwritable file) is a warning and the others are still written. A fault while preparing
 * falls back to the minimal publish: a failing verdict, every output, a short summary.
 */
import type { GateIO } from '../io/gate-io.js';
import { reportPathFor, writeReportFile } from '../io/report-file.js';
import { redactDeep } from '../redact.js';
import { isPullRequestEvent } from '../report/pull-request-event.js';
import { buildReport, reportAnnotations, reportOutputs, type RunReport } from '../report/run-report.js';
import { STATUS_CELL, renderSummary } from '../report/summary.js';
import { faultText, gateFaultRow } from './fault-text.js';
import { minimalPublish } from './minimal-publish.js';
import { modeOutputs } from './mode-outputs.js';
import type { Publisher, RunEnd } from './run-end.js';
import { injectPublishFault } from './test-fault.js';

export type { Publisher, ReportListener, RunEnd, RunFacts } from './run-end.js';

function blockedMessage(report: RunReport): string {
  const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  if (failed.length > 0) return `MONCRENEAU deploy gate: promotion blocked by ${failed.join(', ')}.`;
  return 'MONCRENEAU deploy gate: promotion blocked on warnings (fail-on: warning).';
}

/** Everything written, computed before anything is: a fault here leaves nothing half written. */
function prepare(end: RunEnd, p: Publisher) {
  injectPublishFault(p.context.testFault);
  const { facts, result } = end;
  // Redacted before rendering, so no secret survives escaping or shortening.
  const report = redactDeep(buildReport({ ...facts, startedAt: end.startedAt, durationMs: end.durationMs, ...result }), p.redact);
  const sections = result.renderSections && report.data ? result.renderSections(report.data) : [];
  return {
    report,
    json: `${JSON.stringify(report, null, 2)}\n`,
    path: reportPathFor(p.context.reportDir, end.startedAt),
    outputs: (path: string) => ({ ...reportOutputs(report, path), ...modeOutputs(report.mode, result) }),
    annotations: reportAnnotations(report),
    lines: report.checks.map((c) => `${STATUS_CELL[c.status]}  ${c.id}: ${c.summary}`),
    details: report.checks.filter((c) => c.details.length > 0).map((c) => ({ title: `${c.id}: details`, lines: c.details })),
    markdown: renderSummary(report, sections),
    failure: end.invalidInputs ? end.invalidInputs.join('\n') : report.blocked ? blockedMessage(report) : undefined
  };
}

/** Publishes the run; returns the exit code (1 blocks promotion). Never throws. */
export async function publishRun(end: RunEnd, p: Publisher): Promise<number> {
  let ready: ReturnType<typeof prepare>;
  try {
    ready = prepare(end, p);
  } catch (error) {
    return minimalPublish(end, p, gateFaultRow(error, 'the gate could not prepare its report'));
  }
  const { out } = p;
  p.onReport?.(ready.report, !end.invalidInputs);
  const part = async (what: string, write: () => void | Promise<void>): Promise<boolean> => {
    if (p.superseded?.()) return false;
    try {
      await write();
      return true;
    } catch (error) {
      try {
        out.annotate({ level: 'warning', title: `${what} not written`, message: `The ${what.toLowerCase()} could not be written: ${faultText(error)}` });
      } catch {
        /* the log itself is gone: the other parts still go on */
      }
      return false;
    }
  };

  const { report } = ready;
  const written = await part('JSON report', () => writeReportFile(ready.path, ready.json));
  await part('Outputs', () => setEach(out, ready.outputs(written ? ready.path : '')));
  if (report.alert) {
    const { message, command } = report.alert;
    await part('Alert', () => out.annotate({ level: 'error', title: 'Act now', message: command ? `${message}\n${command}` : message }));
  }
  await part('Annotations', () => ready.annotations.forEach((a) => out.annotate(a)));
  await part('Log', async () => {
    ready.lines.forEach((line) => out.info(line));
    // What each check measured (probes, samples), folded so the verdict lines stay readable.
    for (const { title, lines } of ready.details) await out.group(title, async () => lines.forEach((line) => out.info(line)));
  });
  await part('Summary', () => out.writeSummary(ready.markdown));
  if (ready.failure) await part('Failure message', () => out.setFailed(ready.failure!));
  // Reporting only: a comment that fails is a warning, never a change of verdict. Its code is
  // loaded only when a pull request may need it.
  if (p.comment.enabled && isPullRequestEvent(p.context.github.eventName)) {
    await part('Pull request comment', async () => {
      const { postPullRequestComment } = await import('../io/github-comment.js');
      await postPullRequestComment(p.comment, { markdown: ready.markdown, environment: report.environment, mode: report.mode }, p.context.github, out);
    });
  }
  return end.invalidInputs || report.blocked ? 1 : 0;
}

/** Sets every output, each on its own: one refused does not keep the others unset. */
export function setEach(out: GateIO, outputs: Record<string, string>): void {
  let first: unknown;
  for (const [name, value] of Object.entries(outputs)) {
    try {
      out.setOutput(name, value);
    } catch (error) {
      first ??= error;
    }
  }
  if (first !== undefined) throw first;
}
