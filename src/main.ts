/**
 * The gate's flow: inputs -> secrets masked -> settings -> the mode's checks -> report
 * (JSON file, outputs, annotations, log, summary) -> exit code.
 */
import { JobCancelled } from './engine/timing.js';
import { CHECK_TITLES } from './checks/registry.js';
import { fail, type CheckResult } from './engine/check.js';
import { createActionsIO } from './io/actions-io.js';
import type { CommentSettings } from './io/github-comment.js';
import { redactingIO, type GateIO } from './io/gate-io.js';
import { reportPathFor, writeReportFile } from './io/report-file.js';
import type { ModeContext, ModeResult } from './modes/mode.js';
import { makeRedactor, redactDeep } from './redact.js';
import { buildReport, reportAnnotations, reportOutputs, type RunReport } from './report/run-report.js';
import { isPullRequestEvent } from './report/pull-request-event.js';
import { STATUS_CELL, renderSummary } from './report/summary.js';
import { INPUT_DEFAULTS, readInputs, SECRET_INPUTS, type InputRead } from './settings/inputs.js';
import { parseSettings, type SettingsResult } from './settings/settings.js';

/** Modes are loaded only when chosen: a preflight run never parses the smoke or watch code. */
const MODES: Record<string, () => Promise<(ctx: ModeContext) => Promise<ModeResult>>> = {
  preflight: async () => (await import('./modes/preflight.js')).runPreflight,
  smoke: async () => (await import('./modes/smoke.js')).runSmoke,
  watch: async () => (await import('./modes/watch.js')).runWatch
};

/** A mode's own outputs when it never ran, so a later step never reads an unset value. */
const NOTHING_DONE: Record<string, Record<string, string>> = {
  smoke: { 'appointment-id': '' },
  watch: { rollback: 'false', 'rollback-reasons': '' }
};

/** Aborts when the runner cancels the job; the runner sends SIGINT, then SIGTERM. */
function cancellationSignal(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => controller.abort(new JobCancelled(name));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  };
}

/** Told the run's (redacted) report once it is built, and whether the inputs parsed; the command line renders it. */
export type ReportListener = (report: RunReport, inputsValid: boolean) => void;

/** Runs the gate once; returns the process exit code (1 blocks promotion). */
export async function run(env: NodeJS.ProcessEnv = process.env, io: GateIO = createActionsIO(env), onReport?: ReportListener): Promise<number> {
  const startedAt = new Date();
  const started = performance.now();
  const inputs = readInputs(env);
  // Masked before anything else can print.
  for (const name of SECRET_INPUTS) io.registerSecret(inputs.values[name]);
  const redact = makeRedactor(SECRET_INPUTS.map((name) => inputs.values[name]));
  const out = redactingIO(io, redact);
  const cancellation = cancellationSignal();

  try {
    const parsed = parseSettings(inputs);
    const facts = runFacts(parsed, inputs);
    const deadline = started + facts.timeoutSeconds * 1000;
    let result: ModeResult;
    if (parsed.ok) {
      try {
        const runMode = await MODES[parsed.settings.mode]!();
        result = await runMode({ settings: parsed.settings, env, deadline, cancelled: cancellation.signal, log: (line) => out.info(line) });
      } catch (error) {
        // Still reported like any run, so every output and the summary exist, failing.
        result = { checks: [gateFault(error)] };
      }
    } else {
      result = { checks: [invalidInputs(parsed.errors)] };
    }
    // Redacted before rendering, so no secret survives escaping or shortening.
    const report = redactDeep(buildReport({ ...facts, startedAt, durationMs: performance.now() - started, ...result }), redact);
    onReport?.(report, parsed.ok);
    const comment: CommentSettings = { enabled: facts.prComment, token: inputs.values['github-token'], redact, deadline };
    // Every output of the mode is set, even when the mode stopped early or never ran.
    const modeOutputs = { ...NOTHING_DONE[report.mode.toLowerCase()], ...result.outputs };
    const sections = result.renderSections && report.data ? result.renderSections(report.data) : [];
    await publish(report, sections, modeOutputs, out, env, comment);
    if (!parsed.ok) out.setFailed(parsed.errors.join('\n'));
    else if (report.blocked) out.setFailed(blockedMessage(report));
    return report.blocked ? 1 : 0;
  } catch (error) {
    // A fault of the gate itself: fail closed, with the reason; never with a secret in it.
    try {
      out.setFailed(`The deploy gate stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
    } catch {
      io.setFailed('The deploy gate stopped unexpectedly.');
    }
    return 1;
  } finally {
    cancellation.dispose();
  }
}

/**
 * What the report and the comment need to know of the run: from the settings, or, when they do
 * not parse, from the raw inputs (a configuration error is worth a comment too).
 */
function runFacts(parsed: SettingsResult, inputs: InputRead) {
  if (parsed.ok) {
    const { mode, environment, failOn, prComment, timeoutSeconds } = parsed.settings;
    return { mode, environment, failOn, prComment, timeoutSeconds };
  }
  return {
    mode: inputs.values.mode,
    environment: inputs.values.environment,
    failOn: 'failure' as const,
    prComment: inputs.values['pr-comment'].toLowerCase() === 'true',
    timeoutSeconds: Number(INPUT_DEFAULTS['timeout-seconds'])
  };
}

function gateFault(error: unknown): CheckResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    id: 'gate',
    title: 'Deploy gate',
    ...fail(`the gate stopped unexpectedly: ${message}`, {
      hints: ['A fault of the gate itself: nothing was passed. Re-run, and report it with this log if it persists.']
    }),
    durationMs: 0
  };
}

function invalidInputs(errors: readonly string[]): CheckResult {
  const count = `${errors.length} invalid input${errors.length === 1 ? '' : 's'}`;
  return {
    id: 'config',
    title: CHECK_TITLES.config,
    ...fail(`${count}: ${errors.join('; ')}`, {
      details: errors.map((e) => `❌ ${e}`),
      hints: ['Fix each input listed in this row, in the step’s with: block (or the command line’s flags); no other check ran.']
    }),
    durationMs: 0
  };
}

function blockedMessage(report: RunReport): string {
  const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  if (failed.length > 0) return `MONCRENEAU deploy gate: promotion blocked by ${failed.join(', ')}.`;
  return 'MONCRENEAU deploy gate: promotion blocked on warnings (fail-on: warning).';
}

async function publish(
  report: RunReport,
  sections: string[],
  modeOutputs: Record<string, string>,
  out: GateIO,
  env: NodeJS.ProcessEnv,
  comment: CommentSettings
): Promise<void> {
  let reportPath = reportPathFor(env, new Date(report.startedAt));
  try {
    await writeReportFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  } catch (error) {
    out.annotate({ level: 'warning', title: 'Report not written', message: `The JSON report could not be written: ${(error as Error).message}` });
    reportPath = '';
  }
  const outputs = { ...reportOutputs(report, reportPath), ...modeOutputs };
  for (const [name, value] of Object.entries(outputs)) out.setOutput(name, value);
  if (report.alert) {
    const { message, command } = report.alert;
    out.annotate({ level: 'error', title: 'Act now', message: command ? `${message}\n${command}` : message });
  }
  for (const annotation of reportAnnotations(report)) out.annotate(annotation);
  for (const c of report.checks) out.info(`${STATUS_CELL[c.status]}  ${c.id}: ${c.summary}`);
  const markdown = renderSummary(report, sections);
  try {
    await out.writeSummary(markdown);
  } catch (error) {
    out.annotate({ level: 'warning', title: 'Summary not written', message: `The job summary could not be written: ${(error as Error).message}` });
  }
  // Reporting only: a comment that fails is a warning, never a change of verdict. Its code is
  // loaded only when a pull request may need it.
  if (comment.enabled && isPullRequestEvent(env.GITHUB_EVENT_NAME)) {
    const { postPullRequestComment } = await import('./io/github-comment.js');
    await postPullRequestComment(comment, { markdown, environment: report.environment, mode: report.mode }, env, out);
  }
}
