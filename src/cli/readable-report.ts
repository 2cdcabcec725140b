/**
 * The run as a person reads it in a terminal or a CI log: a verdict line, one line per check,
 * then what was found and what to do for each check that did not pass. Pure: report in, text out.
 */
import type { CheckResult, CheckStatus } from '../engine/check.js';
import type { RunReport } from '../report/run-report.js';
import type { Palette } from './terminal-text.js';

/** Status words with a mark that survives a log without colour or emoji fonts. */
const STATUS_WORD: Record<CheckStatus, string> = { pass: '✔ pass', warn: '! warn', fail: '✖ fail', skip: '- skip' };

function colourFor(status: CheckStatus, p: Palette): (s: string) => string {
  if (status === 'pass') return p.green;
  if (status === 'warn') return p.yellow;
  if (status === 'fail') return p.red;
  return p.dim;
}

function verdict(report: RunReport): { text: string; status: CheckStatus } {
  if (report.data?.rollback === true) return { text: 'ROLL BACK', status: 'fail' };
  if (report.result === 'fail') return { text: 'BLOCKED', status: 'fail' };
  if (report.result === 'warn')
    return report.blocked ? { text: 'BLOCKED on warnings (fail-on: warning)', status: 'fail' } : { text: 'PROMOTABLE, with warnings', status: 'warn' };
  return { text: 'PROMOTABLE', status: 'pass' };
}

const duration = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

function checkLines(c: CheckResult, idWidth: number, p: Palette, clean: (s: string) => string): string[] {
  const time = c.status === 'skip' ? '' : p.dim(` (${duration(c.durationMs)})`);
  const lines = [`  ${colourFor(c.status, p)(STATUS_WORD[c.status])}  ${p.bold(c.id.padEnd(idWidth))}  ${clean(c.summary)}${time}`];
  if (c.status === 'fail' || c.status === 'warn') {
    const indent = ' '.repeat(idWidth + 12);
    for (const d of c.details) lines.push(`${indent}${p.dim(clean(d))}`);
    for (const h of c.hints) lines.push(`${indent}→ ${clean(h)}`);
  }
  return lines;
}

/**
 * @param clean applied to every piece of text the report carries (server text included), before
 *   any colour is added
 */
export function renderReadable(report: RunReport, p: Palette, clean: (s: string) => string): string {
  const v = verdict(report);
  const idWidth = Math.max(0, ...report.checks.map((c) => c.id.length));
  const lines: string[] = [];
  if (report.alert) {
    lines.push(p.red(p.bold(`ACT NOW: ${clean(report.alert.message)}`)));
    if (report.alert.command) lines.push(`  ${clean(report.alert.command)}`);
    lines.push('');
  }
  lines.push(
    `MONCRENEAU deploy gate · ${clean(report.mode)} · ${clean(report.environment)}: ${colourFor(v.status, p)(p.bold(v.text))} ${p.dim(`in ${duration(report.durationMs)}`)}`
  );
  for (const c of report.checks) lines.push(...checkLines(c, idWidth, p, clean));
  return lines.join('\n');
}
