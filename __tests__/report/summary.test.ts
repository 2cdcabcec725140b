import { describe, it, expect } from '@jest/globals';
import type { CheckResult, CheckStatus } from '../../src/engine/check.js';
import { renderSummary, STATUS_CELL } from '../../src/report/summary.js';
import { elements, INJECTED, readerSees, render, rowCells, rowCellsHtml } from '../helpers/markdown.js';
import { checkResult, report } from '../helpers/results.js';

const PREFLIGHT = (statuses: Record<string, CheckStatus>): CheckResult[] =>
  Object.entries(statuses).map(([id, status]) =>
    checkResult(id, status, `${id} found ${status}`, {
      title: { config: 'Configuration', api: 'API reachability', webhook: 'Webhook round trip', credits: 'Credit balance' }[id] ?? id,
      hints: status === 'pass' || status === 'skip' ? [] : [`fix ${id} now`],
      durationMs: 120
    })
  );

const firstHeading = (md: string) => md.split('\n').find((l) => /^#{1,6} /.test(l)) ?? '';

/** The table's body rows: the lines after the |---| separator that start with a pipe. */
function bodyRows(md: string): string[] {
  const lines = md.split('\n');
  const sep = lines.findIndex((l) => /^\|(-{3,}\|)+$/.test(l));
  expect(sep).toBeGreaterThan(0);
  const rows: string[] = [];
  for (let i = sep + 1; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!);
  return rows;
}

describe('renderSummary: the heading', () => {
  it.each<[string, Record<string, CheckStatus>, 'failure' | 'warning', string, RegExp]>([
    ['everything passed in production', { config: 'pass', api: 'pass' }, 'failure', 'production', /passed/],
    ['a check failed in staging', { config: 'fail', api: 'pass' }, 'failure', 'staging', /blocked/],
    ['a check warned with fail-on failure', { config: 'warn' }, 'failure', 'production', /passed with warnings/],
    ['a check warned with fail-on warning', { config: 'warn' }, 'warning', 'production', /blocked on warnings/],
    ['only skips', { config: 'skip' }, 'failure', 'staging', /passed/]
  ])('when %s then the first heading names the gate, the environment and the verdict', (_label, statuses, failOn, environment, verdict) => {
    const md = renderSummary(report(PREFLIGHT(statuses), { environment, failOn }));
    const heading = firstHeading(md);
    expect(md.split('\n')[0]).toBe(heading);
    expect(heading).toContain('MONCRENEAU deploy gate');
    expect(heading).toContain(environment);
    expect(heading).toMatch(verdict);
  });

  it('when a check failed then the heading does not say passed', () => {
    const heading = firstHeading(renderSummary(report(PREFLIGHT({ config: 'fail' }))));
    expect(heading).not.toMatch(/passed/);
  });

  it('when the environment is hostile (an invalid input echoed) then the heading escapes it', () => {
    const heading = firstHeading(renderSummary(report(PREFLIGHT({ config: 'fail' }), { environment: '<b>prod</b> [x](y)' })));
    expect(elements(render(heading))).toEqual(['h2']);
    expect(readerSees(heading)).toContain('<b>prod</b> [x](y)');
  });
});

describe('renderSummary: the table', () => {
  it('when there are four checks then there is one row each, in order, with the right status cell', () => {
    const md = renderSummary(report(PREFLIGHT({ config: 'pass', api: 'warn', webhook: 'fail', credits: 'skip' })));
    const rows = bodyRows(md);
    expect(rows).toHaveLength(4);
    const cells = rows.map(rowCells);
    expect(cells.map((c) => c[0])).toEqual(['Configuration', 'API reachability', 'Webhook round trip', 'Credit balance']);
    expect(cells.map((c) => c[1])).toEqual(['✅ Pass', '⚠️ Warn', '❌ Fail', '⏭️ Skip']);
    expect(cells.every((c) => c.length === 5)).toBe(true);
  });

  it.each<[CheckStatus, string]>([
    ['pass', '✅ Pass'],
    ['warn', '⚠️ Warn'],
    ['fail', '❌ Fail'],
    ['skip', '⏭️ Skip']
  ])('when a check is %s then its status cell starts with %s', (status, cell) => {
    expect(STATUS_CELL[status]).toBe(cell);
    const [row] = bodyRows(renderSummary(report(PREFLIGHT({ config: status }))));
    expect(rowCells(row!)[1]!.startsWith(cell)).toBe(true);
  });

  it('when a check ran then the row says what was found and how long it took', () => {
    const checks = [
      checkResult('config', 'pass', 'configuration present and consistent', { durationMs: 812 }),
      checkResult('api', 'pass', 'api answered', { durationMs: 1500 })
    ];
    const [first, second] = bodyRows(renderSummary(report(checks))).map(rowCells);
    expect(first![2]).toBe('configuration present and consistent');
    expect(first![3]).toBe('812\u00a0ms');
    expect(second![3]).toBe('1.5\u00a0s');
  });

  it('when a check was skipped then its time cell is empty', () => {
    const [row] = bodyRows(renderSummary(report([checkResult('api', 'skip', 'not selected (checks input)', { durationMs: 0 })])));
    expect(rowCells(row!)[3]).toBe('');
  });

  it('when checks fail or warn then their hints are shown; a passing check shows none', () => {
    const checks = [
      checkResult('config', 'fail', 'TEST key in production', { hints: ['Use the production key (mk_live_…)', 'Then re-run'] }),
      checkResult('api', 'warn', 'slow', { hints: ['Look at latency'] }),
      checkResult('credits', 'pass', 'plenty', { hints: ['should not show'] })
    ];
    const md = renderSummary(report(checks));
    const [fail, warn, pass] = bodyRows(md).map(rowCells);
    expect(fail![4]).toBe('Use the production key (mk_live_…)\nThen re-run');
    expect(warn![4]).toBe('Look at latency');
    expect(pass![4]).toBe('');
    expect(md).not.toContain('should not show');
  });

  it('when a check failed then the lead line names it', () => {
    const md = renderSummary(report(PREFLIGHT({ config: 'fail', api: 'fail', credits: 'pass' })));
    expect(md).toContain('Promotion stops here: Configuration, API reachability failed.');
  });
});

describe('renderSummary: hostile server text', () => {
  const hostile = [
    '<script>alert(1)</script>',
    'x | injected | cells |',
    '[click](http://evil.example)',
    '**bold** `code` @octocat',
    'see https://evil.example/phish',
    'line one\n# Injected heading\n- injected item',
    '1. numbered',
    '</details><img src=x onerror=alert(1)>'
  ].join(' ');

  const checks = [
    checkResult('api', 'fail', hostile, {
      title: 'API reachability',
      details: [hostile, '- leading dash', '# leading hash', '1. leading number'],
      hints: [hostile]
    })
  ];
  const md = renderSummary(report(checks));

  it('when a server answer is hostile then the row still has exactly five cells', () => {
    const rows = bodyRows(md);
    expect(rows).toHaveLength(1);
    expect(rowCells(rows[0]!)).toHaveLength(5);
  });

  it('when a server answer is hostile then no HTML tag, link, image or URL is live', () => {
    // The text the check produced: every table cell (the gate's own <br> joins hints) and every detail item.
    const cells = bodyRows(md).flatMap(rowCellsHtml);
    const items = md
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => render(l.slice(2)));
    expect(items).toHaveLength(4);
    for (const html of [...cells, ...items]) {
      expect(elements(html).filter((e) => INJECTED.includes(e))).toEqual([]);
    }
    // A mention is GitHub's own markup, which marked does not know: it stays escaped.
    expect(md).not.toMatch(/(^|[^\\])@octocat/m);
    expect(md).not.toMatch(/https:\/\//);
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/im);
    expect(md.match(/(^|[^\\])<\/details>/gm)).toHaveLength(1);
  });

  it('when a server answer holds line breaks then no injected heading or list item starts a line', () => {
    const lines = md.split('\n');
    expect(lines.filter((l) => /^#{1,6} /.test(l))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('# Injected') || l.startsWith('- injected'))).toBe(false);
  });

  it('when a detail starts with a list, heading or number marker then the item shows it literally', () => {
    expect(md).toContain('- \\- leading dash');
    expect(md).toContain('- \\# leading hash');
    expect(md).toContain('- 1\\. leading number');
  });

  it('when escaped text is read back then it is the server text, on one line', () => {
    const [row] = bodyRows(md).map(rowCells);
    expect(row![2]).toContain('<script>alert(1)</script> x | injected | cells |');
    expect(readerSees(md)).toContain('<script>alert(1)</script> x | injected | cells |');
  });
});

describe('renderSummary: details and determinism', () => {
  it('when checks have details then a Details block lists them under each title', () => {
    const md = renderSummary(report([checkResult('config', 'pass', 'ok', { title: 'Configuration', details: ['✅ first', '✅ second'] })]));
    expect(md).toContain('<details><summary>Details</summary>');
    expect(md).toContain('**Configuration**');
    expect(md).toContain('- ✅ first\n- ✅ second');
  });

  it('when no check has details then there is no Details block', () => {
    expect(renderSummary(report([checkResult('config', 'pass', 'ok')]))).not.toContain('<details>');
  });

  it('when the same report is rendered twice, or a copy of it, then the Markdown is identical', () => {
    const r = report(PREFLIGHT({ config: 'fail', api: 'warn', webhook: 'pass', credits: 'skip' }));
    const a = renderSummary(r);
    const b = renderSummary(r);
    const c = renderSummary(JSON.parse(JSON.stringify(r)));
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('when the run took under a second or more then the lead line gives the duration and the mode', () => {
    expect(renderSummary(report(PREFLIGHT({ config: 'pass' }), { durationMs: 812 }))).toContain('Mode preflight, 812\u00a0ms.');
    expect(renderSummary(report(PREFLIGHT({ config: 'pass' }), { durationMs: 2345 }))).toContain('Mode preflight, 2.3\u00a0s.');
  });
});
