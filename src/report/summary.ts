/**
 * The job summary: pure, deterministic, readable in ten seconds. Every piece of text a check
 * produced is escaped, since it may quote a server or a user.
 */
import type { CheckResult, CheckStatus } from '../engine/check.js';
import type { RunReport } from './run-report.js';
import { escapeInline, shorten } from './markdown.js';

export const STATUS_CELL: Record<CheckStatus, string> = {
  pass: '✅ Pass',
  warn: '⚠️ Warn',
  fail: '❌ Fail',
  skip: '⏭️ Skip'
};

function verdict(report: RunReport): string {
  if (report.data?.rollback === true) return '❌ roll back';
  if (report.result === 'fail') return '❌ blocked';
  if (report.result === 'warn') return report.blocked ? '❌ blocked on warnings' : '⚠️ passed with warnings';
  return '✅ passed';
}

/** A duration that never wraps inside its table cell (a no-break space before the unit). */
function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}\u00a0ms` : `${(ms / 1000).toFixed(1)}\u00a0s`;
}

const text = (s: string, max?: number) => escapeInline(shorten(s, max));

function row(c: CheckResult): string {
  const todo = c.status === 'fail' || c.status === 'warn' ? c.hints.map((h) => text(h)).join('<br>') : '';
  return `| ${text(c.title)} | ${STATUS_CELL[c.status]} | ${text(c.summary)} | ${c.status === 'skip' ? '' : duration(c.durationMs)} | ${todo} |`;
}

function detailsBlock(checks: readonly CheckResult[]): string[] {
  const withDetails = checks.filter((c) => c.details.length > 0);
  if (withDetails.length === 0) return [];
  const lines = ['<details><summary>Details</summary>', ''];
  for (const c of withDetails) {
    lines.push(`**${text(c.title)}**`, '');
    for (const d of c.details) lines.push(`- ${text(d, 500)}`);
    lines.push('');
  }
  lines.push('</details>', '');
  return lines;
}

/** The alert comes first: the one thing the on-call engineer must do by hand. */
function alertLines(report: RunReport): string[] {
  if (!report.alert) return [];
  const lines = [`> 🚨 **${text(report.alert.message, 500)}**`, ''];
  // A fenced block shows the command verbatim; backticks and line breaks cannot close it.
  if (report.alert.command) lines.push('```sh', report.alert.command.replace(/[`\r\n]/g, ''), '```', '');
  return lines;
}

/**
 * Renders the whole summary from the report, with a mode's own sections (the watch timeline)
 * after the table. Same report in, same Markdown out.
 */
export function renderSummary(report: RunReport, sections: readonly string[] = []): string {
  const failed = report.checks.filter((c) => c.status === 'fail');
  const lead =
    failed.length > 0
      ? `Promotion stops here: ${failed.map((c) => text(c.title)).join(', ')} failed.`
      : report.result === 'warn'
        ? report.blocked
          ? 'Promotion stops here on warnings (fail-on: warning): nothing failed, but every warning must be resolved.'
          : 'Nothing failed; read the warnings before promoting.'
        : 'Every selected check passed.';
  return [
    ...alertLines(report),
    `## MONCRENEAU deploy gate — ${text(report.environment)} — ${verdict(report)}`,
    '',
    `${lead} Mode ${text(report.mode)}, ${duration(report.durationMs)}.`,
    '',
    '| Check | Status | Found | Time | What to do |',
    '|---|---|---|---|---|',
    ...report.checks.map(row),
    '',
    ...sections,
    ...detailsBlock(report.checks)
  ].join('\n');
}
