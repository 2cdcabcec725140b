/**
 * The job summary: pure, deterministic, readable in ten seconds. Every piece of text a check
 * produced is escaped, since it may quote a server or a user.
 */
import type { CheckResult, CheckStatus } from '../engine/check.js';
import type { RunReport } from './run-report.js';
import { cutToFit, utf8Bytes } from './cut-to-fit.js';
import { escapeInline, shorten } from './markdown.js';

/**
 * GitHub refuses a step summary over 1 MiB (1,048,576 bytes) and shows none of it: the gate's
 * stays under this, whatever the servers sent, with room for the redactor's replacements.
 */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

const CUT_NOTE = '> ✂️ This summary was cut to fit GitHub’s 1 MiB limit for a job summary: the JSON report (the report-path output) has everything.';

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
const MAX_HINTS = 6;

function row(c: CheckResult): string {
  // A few hints at most: a row stays a row, so the table always fits before anything is cut.
  const todo =
    c.status === 'fail' || c.status === 'warn'
      ? c.hints
          .slice(0, MAX_HINTS)
          .map((h) => text(h))
          .join('<br>')
      : '';
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
 * after the table. Same report in, same Markdown out. Never over `limitBytes`: the alert, the
 * verdict and the table come first, so a cut only ever takes sections and details.
 */
export function renderSummary(report: RunReport, sections: readonly string[] = [], limitBytes = SUMMARY_LIMIT_BYTES): string {
  const failed = report.checks.filter((c) => c.status === 'fail');
  const lead =
    failed.length > 0
      ? `Promotion stops here: ${failed.map((c) => text(c.title)).join(', ')} failed.`
      : report.result === 'warn'
        ? report.blocked
          ? 'Promotion stops here on warnings (fail-on: warning): nothing failed, but every warning must be resolved.'
          : 'Nothing failed; read the warnings before promoting.'
        : 'Every selected check passed.';
  const markdown = [
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
  return cutToFit(markdown, limitBytes, CUT_NOTE, utf8Bytes);
}
