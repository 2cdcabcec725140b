/**
 * The publish of last resort, for when preparing the full report failed: a failing verdict,
 * every output, the JSON report and a short summary, built with as little of the gate's own
 * code as possible. Each part is tried on its own; nothing here throws.
 */
import type { CheckResult } from '../engine/check.js';
import { writeReportFile, reportPathFor } from '../io/report-file.js';
import type { Alert } from '../report/run-report.js';
import { modeOutputs } from './mode-outputs.js';
import type { Publisher, RunEnd } from './run-end.js';

/** The common outputs of a failed run, named as the contract names them. */
const FAILED_OUTPUTS = { result: 'fail', 'warned-checks': '', credits: '', 'api-latency-ms': '', 'webhook-latency-ms': '' };

/** Markdown made inert by hand, without the renderer that may be what failed. */
const inert = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>~$|&!#@()]/g, (c) => `\\${c}`);

function attempt(work: () => void): void {
  try {
    work();
  } catch {
    /* the next part still goes on */
  }
}

async function attemptAsync(work: () => Promise<void>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch {
    return false;
  }
}

export async function minimalPublish(end: RunEnd, p: Publisher, fault: CheckResult): Promise<number> {
  const { out } = p;
  const safe = (text: string): string => {
    try {
      return p.redact(text);
    } catch {
      return '[text withheld: it could not be checked for secrets]';
    }
  };
  const rows: CheckResult[] = [...(end.result.checks ?? []).filter((c) => c.status === 'fail'), fault];
  const alert: Alert | undefined = end.result.alert
    ? { message: safe(end.result.alert.message), command: end.result.alert.command && safe(end.result.alert.command) }
    : undefined;
  const report = {
    version: 1,
    mode: safe(end.facts.mode),
    environment: safe(end.facts.environment),
    result: 'fail',
    blocked: true,
    startedAt: end.startedAt.toISOString(),
    durationMs: Math.round(end.durationMs),
    ...(alert ? { alert } : {}),
    checks: rows.map((c) => ({
      id: c.id,
      title: c.title,
      status: c.status,
      summary: safe(c.summary),
      details: [],
      hints: c.hints.map(safe),
      data: {},
      durationMs: c.durationMs
    }))
  };
  let path = '';
  attempt(() => (path = reportPathFor(p.context.reportDir, end.startedAt)));
  const written = path !== '' && (await attemptAsync(() => writeReportFile(path, `${JSON.stringify(report, null, 2)}\n`)));
  const outputs: Record<string, string> = {
    ...FAILED_OUTPUTS,
    'failed-checks': [...new Set(rows.map((c) => c.id))].join(','),
    'report-path': written ? path : ''
  };
  attempt(() => Object.assign(outputs, modeOutputs(end.facts.mode, end.result)));
  for (const [name, value] of Object.entries(outputs)) attempt(() => out.setOutput(name, value));
  if (alert) attempt(() => out.annotate({ level: 'error', title: 'Act now', message: alert.command ? `${alert.message}\n${alert.command}` : alert.message }));
  const lines = [
    ...(alert ? [`> 🚨 **${inert(alert.message)}**`, '', ...(alert.command ? ['```sh', alert.command.replace(/[`\r\n]/g, ''), '```', ''] : [])] : []),
    `## MONCRENEAU deploy gate — ${inert(report.environment)} — ❌ blocked`,
    '',
    `Promotion stops here. Mode ${inert(report.mode)}.`,
    '',
    ...report.checks.map((c) => `- ❌ **${inert(c.title)}**: ${inert(c.summary)}`),
    ''
  ];
  await attemptAsync(() => out.writeSummary(lines.join('\n')));
  attempt(() => out.setFailed(`MONCRENEAU deploy gate: promotion blocked: ${fault.summary}`));
  return 1;
}
