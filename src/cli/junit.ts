/**
 * The run as a JUnit XML report, the format GitLab, Jenkins and most CI servers read: one test
 * suite per run, one test case per check. A failed check is a <failure>, a skipped one
 * <skipped/>, the gate's own fault an <error>; a warning that blocks (fail-on: warning) is a
 * <failure> too, so the CI's test view agrees with the exit code. Pure and deterministic.
 */
import type { CheckResult } from '../engine/check.js';
import type { RunReport } from '../report/run-report.js';

/** Characters XML 1.0 cannot carry at all (most controls, lone surrogates, U+FFFE/FFFF). */
// eslint-disable-next-line no-control-regex -- these characters are what is removed
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text fit for an attribute or element content. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Text for an attribute: line breaks and tabs as references, or XML parsers turn them into spaces. */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);

type Kind = 'pass' | 'failure' | 'error' | 'skipped';

function kindOf(c: CheckResult, report: RunReport): Kind {
  if (c.status === 'skip') return 'skipped';
  if (c.status === 'fail') return c.id === 'gate' ? 'error' : 'failure';
  if (c.status === 'warn' && report.blocked && report.result === 'warn') return 'failure';
  return 'pass';
}

function testCase(c: CheckResult, report: RunReport, kind: Kind): string {
  const open = `    <testcase classname="moncreneau-deploy-gate.${xmlAttribute(report.mode)}" name="${xmlAttribute(`${c.id}: ${c.title}`)}" time="${seconds(c.durationMs)}"`;
  const body = [...c.details, ...c.hints.map((h) => `What to do: ${h}`)].join('\n');
  if (kind === 'skipped') return `${open}>\n      <skipped message="${xmlAttribute(c.summary)}"/>\n    </testcase>`;
  if (kind === 'failure' || kind === 'error') {
    return `${open}>\n      <${kind} message="${xmlAttribute(c.summary)}" type="${c.status}">${xmlText(body)}</${kind}>\n    </testcase>`;
  }
  if (c.status === 'warn')
    return `${open}>\n      <system-out>${xmlText([`warning: ${c.summary}`, body].filter(Boolean).join('\n'))}</system-out>\n    </testcase>`;
  return `${open}/>`;
}

export function renderJUnit(report: RunReport): string {
  const kinds = report.checks.map((c) => kindOf(c, report));
  const count = (k: Kind) => kinds.filter((x) => x === k).length;
  const totals = `tests="${report.checks.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}" time="${seconds(report.durationMs)}"`;
  const suiteName = xmlAttribute(`MONCRENEAU deploy gate ${report.mode} (${report.environment})`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="MONCRENEAU deploy gate" ${totals}>`,
    `  <testsuite name="${suiteName}" ${totals} timestamp="${xmlText(report.startedAt.slice(0, 19))}">`,
    ...report.checks.map((c, i) => testCase(c, report, kinds[i]!)),
    // Something to do by hand at once (a test appointment left behind): never only in the log.
    ...(report.alert
      ? [`    <system-err>${xmlText(['ACT NOW: ' + report.alert.message, report.alert.command ?? ''].filter(Boolean).join('\n'))}</system-err>`]
      : []),
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n');
}
