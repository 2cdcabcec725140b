/**
 * The gate's flow: inputs -> secrets masked -> settings -> checks (concurrent, one deadline)
 * -> report (JSON file, outputs, annotations, log, summary) -> exit code.
 */
import { loadChecks, CHECK_TITLES } from './checks/registry.js';
import { fail, skip, type CheckResult } from './engine/check.js';
import { runChecks } from './engine/run-checks.js';
import { createActionsIO } from './io/actions-io.js';
import { redactingIO, type GateIO } from './io/gate-io.js';
import { reportPathFor, writeReportFile } from './io/report-file.js';
import { makeRedactor, type Redactor } from './redact.js';
import { STATUS_CELL, renderSummary } from './report/summary.js';
import { buildReport, reportAnnotations, reportOutputs, type RunReport } from './report/run-report.js';
import { PREFLIGHT_CHECKS } from './settings/check-ids.js';
import { readInputs, SECRET_INPUTS } from './settings/inputs.js';
import { parseSettings, type Settings } from './settings/settings.js';

/** Runs the gate once; returns the process exit code (1 blocks promotion). */
export async function run(env: NodeJS.ProcessEnv = process.env, io: GateIO = createActionsIO(env)): Promise<number> {
  const startedAt = new Date();
  const started = performance.now();
  const inputs = readInputs(env);
  // Masked before anything else can print.
  for (const name of SECRET_INPUTS) io.registerSecret(inputs.values[name]);
  const redact = makeRedactor(SECRET_INPUTS.map((name) => inputs.values[name]));
  const out = redactingIO(io, redact);

  try {
    const parsed = parseSettings(inputs);
    const checks = parsed.ok ? await runSelectedChecks(parsed.settings, env, started) : [invalidInputs(parsed.errors)];
    const report = buildReport({
      mode: parsed.ok ? parsed.settings.mode : inputs.values.mode,
      environment: parsed.ok ? parsed.settings.environment : inputs.values.environment,
      failOn: parsed.ok ? parsed.settings.failOn : 'failure',
      startedAt,
      durationMs: performance.now() - started,
      checks
    });
    await publish(report, out, env, redact);
    if (!parsed.ok) out.setFailed(parsed.errors.join('\n'));
    else if (report.blocked) out.setFailed(blockedMessage(report));
    return report.blocked ? 1 : 0;
  } catch (error) {
    // A fault of the gate itself: fail closed, with the reason.
    out.setFailed(`The deploy gate stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

async function runSelectedChecks(settings: Settings, env: NodeJS.ProcessEnv, started: number): Promise<CheckResult[]> {
  const deadline = started + settings.timeoutSeconds * 1000;
  const selected = await loadChecks(settings.checks);
  const results = await runChecks(selected, {
    deadline,
    deadlineSeconds: settings.timeoutSeconds,
    context: (signal) => ({ settings, env, signal, deadline })
  });
  // Unselected checks are listed too, so a reviewer sees what was not verified.
  return PREFLIGHT_CHECKS.map(
    (id) =>
      results.find((r) => r.id === id) ?? {
        id,
        title: CHECK_TITLES[id],
        ...skip('not selected (checks input)'),
        durationMs: 0
      }
  );
}

function invalidInputs(errors: readonly string[]): CheckResult {
  const count = `${errors.length} invalid input${errors.length === 1 ? '' : 's'}`;
  return {
    id: 'config',
    title: CHECK_TITLES.config,
    ...fail(`${count}: ${errors.join('; ')}`, {
      details: errors.map((e) => `❌ ${e}`),
      hints: ['Fix the inputs named above in the step’s with: block; no other check ran.']
    }),
    durationMs: 0
  };
}

function blockedMessage(report: RunReport): string {
  const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  if (failed.length > 0) return `MONCRENEAU deploy gate: promotion blocked by ${failed.join(', ')}.`;
  return 'MONCRENEAU deploy gate: promotion blocked on warnings (fail-on: warning).';
}

async function publish(report: RunReport, out: GateIO, env: NodeJS.ProcessEnv, redact: Redactor): Promise<void> {
  let reportPath = reportPathFor(env, new Date(report.startedAt));
  try {
    await writeReportFile(reportPath, redact(`${JSON.stringify(report, null, 2)}\n`));
  } catch (error) {
    out.annotate({ level: 'warning', title: 'Report not written', message: `The JSON report could not be written: ${(error as Error).message}` });
    reportPath = '';
  }
  for (const [name, value] of Object.entries(reportOutputs(report, reportPath))) out.setOutput(name, value);
  for (const annotation of reportAnnotations(report)) out.annotate(annotation);
  for (const c of report.checks) out.info(`${STATUS_CELL[c.status]}  ${c.id}: ${c.summary}`);
  try {
    await out.writeSummary(renderSummary(report));
  } catch (error) {
    out.annotate({ level: 'warning', title: 'Summary not written', message: `The job summary could not be written: ${(error as Error).message}` });
  }
}
