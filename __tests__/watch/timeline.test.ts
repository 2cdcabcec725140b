/** How a watch reads: the progress line per interval, the chart points, the table rows and the summary section. */
import { describe, expect, it } from '@jest/globals';
import type { Assessment } from '../../src/watch/criteria.js';
import type { Probe, Sample } from '../../src/watch/sample.js';
import { bucket, progressLine, renderTimeline, tableRows } from '../../src/watch/timeline.js';
import { elements, INJECTED, rowCells, rowCellsHtml } from '../helpers/markdown.js';

const ok = (name: Probe['name'], latencyMs = 100): Probe => ({ name, measured: true, ok: true, status: 200, latencyMs });
const failed = (name: Probe['name'], error = '503', latencyMs = 50): Probe => ({ name, measured: true, ok: false, status: 503, latencyMs, error });
const none = (name: Probe['name'], error = 'refused'): Probe => ({ name, measured: false, ok: false, error });
const sample = (index: number, atMs: number, probes: Probe[], extra: Partial<Sample> = {}): Sample => ({ index, atMs, probes, ...extra });

const assessment = (failedCount: number, total: number): Assessment => ({
  errors: { api: { failed: failedCount, total, rate: total === 0 ? 0 : failedCount / total, judged: true } },
  latency: { count: 0, slowestMs: null, p95Ms: null, judged: false },
  burnPerHour: null,
  silenceMs: null,
  blindStreak: 0,
  breaches: []
});

describe('progressLine', () => {
  it.each<[string, Sample, Assessment, number, string]>([
    [
      'the slowest of API and health, credits, 1 error in 8',
      sample(4, 65_000, [ok('api', 120), ok('credits', 900), ok('health', 340)], { credits: 950 }),
      assessment(1, 8),
      600_000,
      '[1:05/10:00] error rate API 12.5% (1/8) in window, slowest 340 ms, credits 950'
    ],
    [
      'no errors and a heartbeat 2 min 5 s ago',
      sample(0, 0, [ok('api', 80), ok('credits'), ok('heartbeat', 5)], { credits: 1000, webhookSilenceMs: 125_000 }),
      assessment(0, 4),
      300_000,
      '[0:00/5:00] error rate API 0.0% (0/4) in window, slowest 80 ms, credits 1000, last webhook 2:05 ago'
    ],
    [
      'a failing API answer, which is still timed',
      sample(1, 30_000, [failed('api', '503', 1500), ok('credits', 20)], { credits: 10 }),
      assessment(1, 2),
      60_000,
      '[0:30/1:00] error rate API 50.0% (1/2) in window, slowest 1500 ms, credits 10'
    ],
    [
      'nothing answered',
      sample(2, 30_000, [none('api'), none('credits')]),
      assessment(2, 2),
      300_000,
      '[0:30/5:00] error rate API 100.0% (2/2) in window, slowest n/a, credits n/a — nothing could be measured'
    ],
    [
      'only the heartbeat answered (the application’s, timed, but not enough to see production)',
      sample(2, 30_000, [none('api'), none('credits'), ok('heartbeat', 5)], { webhookSilenceMs: 5_000 }),
      assessment(2, 2),
      300_000,
      '[0:30/5:00] error rate API 100.0% (2/2) in window, slowest 5 ms, credits n/a, last webhook 0:05 ago — nothing could be measured'
    ],
    [
      'times that round up to the next minute',
      sample(9, 59_500, [ok('api', 10), ok('credits')], { credits: 0 }),
      assessment(0, 2),
      3_600_000,
      '[1:00/60:00] error rate API 0.0% (0/2) in window, slowest 10 ms, credits 0'
    ]
  ])('when %s then the line reads as expected', (_label, s, a, totalMs, expected) => {
    expect(progressLine(s, a, totalMs)).toBe(expected);
  });
});

describe('bucket', () => {
  it('when there are fewer samples than points then each sample is its own point', () => {
    const samples = [
      sample(0, 0, [ok('api', 120), ok('credits')]),
      sample(1, 15_000, [failed('api', '503', 40), ok('credits'), ok('health', 300)]),
      sample(2, 75_000, [none('api'), none('credits')])
    ];
    expect(bucket(samples, 60)).toEqual([
      { label: '0:00', slowestMs: 120, errors: 0 },
      { label: '0:15', slowestMs: 300, errors: 1 },
      { label: '1:15', slowestMs: 0, errors: 2 }
    ]);
  });

  it('when samples are merged then each point has the first label, the slowest latency and the summed errors', () => {
    const samples = [
      sample(0, 0, [ok('api', 100), ok('credits'), ok('health', 200)]),
      sample(1, 10_000, [failed('api', '500', 700), failed('credits')]),
      sample(2, 20_000, [ok('api', 90), ok('credits')]),
      sample(3, 30_000, [none('api'), ok('credits')])
    ];
    expect(bucket(samples, 2)).toEqual([
      { label: '0:00', slowestMs: 700, errors: 2 },
      { label: '0:20', slowestMs: 90, errors: 1 }
    ]);
  });

  it('when only the heartbeat fails or a health URL redirects then no production error is counted', () => {
    const redirected: Probe = { name: 'health', measured: true, ok: false, status: 301, redirect: 'https://app.example/healthz', error: '301 redirect' };
    const samples = [sample(0, 0, [ok('api', 100), ok('credits'), none('heartbeat'), redirected])];
    expect(bucket(samples, 60)).toEqual([{ label: '0:00', slowestMs: 100, errors: 0 }]);
  });

  it.each([
    // samples, max, points expected: ceil(samples / ceil(samples / max))
    [1, 60, 1],
    [60, 60, 60],
    [61, 60, 31],
    [120, 60, 60],
    [121, 60, 41],
    [500, 60, 56],
    [7, 3, 3]
  ])('when %i samples go into at most %i points then there are %i points and no error is lost', (count, max, points) => {
    const samples = Array.from({ length: count }, (_, i) => sample(i, i * 10_000, [failed('api'), ok('credits')]));
    const out = bucket(samples, max);
    expect(out).toHaveLength(points);
    expect(out.length).toBeLessThanOrEqual(max);
    expect(out.reduce((sum, p) => sum + p.errors, 0)).toBe(count);
  });

  it('when 121 samples 10 s apart are merged by three then the labels step by 30 s', () => {
    const samples = Array.from({ length: 121 }, (_, i) => sample(i, i * 10_000, [ok('api'), ok('credits')]));
    expect(
      bucket(samples, 60)
        .slice(0, 4)
        .map((p) => p.label)
    ).toEqual(['0:00', '0:30', '1:00', '1:30']);
  });
});

describe('tableRows', () => {
  const samples = (count: number) => Array.from({ length: count }, (_, i) => sample(i, i * 1000, []));
  const row = (s: Sample) => `| ${s.index + 1} | x |`;

  it.each([1, 3, 149, 150])('when there are %i intervals then every one has a row', (count) => {
    const rows = tableRows(samples(count), row, 2);
    expect(rows).toHaveLength(count);
    expect(rows[0]).toBe('| 1 | x |');
    expect(rows[count - 1]).toBe(`| ${count} | x |`);
  });

  it.each([
    // intervals, hidden, first row after the note
    [151, 1, 52],
    [400, 250, 301],
    [1000, 850, 901]
  ])('when there are %i intervals then the first 50, a note of %i hidden, and the last 100 are kept', (count, hidden, firstAfter) => {
    const rows = tableRows(samples(count), row, 2);
    expect(rows).toHaveLength(151);
    expect(rows.slice(0, 50)).toEqual(Array.from({ length: 50 }, (_, i) => `| ${i + 1} | x |`));
    expect(rows[50]).toMatch(new RegExp(`^\\| … \\| ${hidden} more intervals: `));
    expect(rows[51]).toBe(`| ${firstAfter} | x |`);
    expect(rows[150]).toBe(`| ${count} | x |`);
  });

  it.each([2, 5, 6, 7])('when the table has %i columns then the note row has that many cells', (columns) => {
    const note = tableRows(samples(151), row, columns)[50]!;
    expect(rowCells(note)).toHaveLength(columns);
  });
});

describe('renderTimeline', () => {
  it('when nothing was sampled then there is no section', () => {
    expect(renderTimeline([])).toEqual([]);
  });

  it('when two intervals were sampled then it renders two Mermaid charts and the table, in order', () => {
    const samples = [
      sample(0, 0, [ok('api', 120), ok('credits', 80)], { credits: 1000 }),
      sample(1, 30_000, [failed('api', '503', 50), ok('credits', 70)], { credits: 998 })
    ];
    expect(renderTimeline(samples)).toEqual([
      '### Timeline',
      '',
      '```mermaid',
      'xychart-beta',
      '  title "Slowest response per interval (ms)"',
      '  x-axis ["0:00", "0:30"]',
      // 10% above the slowest (120 ms); a float may round it one up.
      expect.stringMatching(/^ {2}y-axis "ms" 0 --> 13[23]$/),
      '  line [120, 50]',
      '```',
      '',
      '```mermaid',
      'xychart-beta',
      '  title "Failed requests per interval"',
      '  x-axis ["0:00", "0:30"]',
      '  y-axis "errors" 0 --> 2',
      '  bar [0, 1]',
      '```',
      '',
      '<details><summary>Every interval</summary>',
      '',
      '| # | time | API | credits | errors |',
      '|---|---|---|---|---|',
      '| 1 | 0:00 | 120 ms | 1000 | 0 |',
      '| 2 | 0:30 | ❌ 503 | 998 | 1 |',
      '',
      '</details>',
      ''
    ]);
  });

  it.each<[string, Probe[][], string, string[]]>([
    ['there is no health and no heartbeat', [[ok('api'), ok('credits')]], '| # | time | API | credits | errors |', ['1', '0:00', '100 ms', '500', '0']],
    [
      'there is a health URL',
      [[ok('api'), ok('credits'), ok('health', 42)]],
      '| # | time | API | credits | health | errors |',
      ['1', '0:00', '100 ms', '500', '42 ms', '0']
    ],
    [
      'there is a heartbeat',
      [[ok('api'), ok('credits'), ok('heartbeat')]],
      '| # | time | API | credits | last webhook | errors |',
      ['1', '0:00', '100 ms', '500', '1:05 ago', '0']
    ],
    [
      'there are both',
      [[ok('api'), ok('credits'), failed('health', '502'), ok('heartbeat')]],
      '| # | time | API | credits | health | last webhook | errors |',
      ['1', '0:00', '100 ms', '500', '❌ 502', '1:05 ago', '1']
    ],
    [
      'only a later interval has a health probe',
      [
        [ok('api'), ok('credits')],
        [ok('api'), ok('credits'), ok('health', 42)]
      ],
      '| # | time | API | credits | health | errors |',
      ['1', '0:00', '100 ms', '500', '', '0']
    ]
  ])('when %s then the header and first row have those columns', (_label, probes, header, firstRow) => {
    const samples = probes.map((p, i) =>
      sample(i, i * 30_000, p, { credits: 500, ...(p.some((q) => q.name === 'heartbeat') ? { webhookSilenceMs: 65_000 } : {}) })
    );
    const lines = renderTimeline(samples);
    const at = lines.indexOf(header);
    expect(at).toBeGreaterThan(-1);
    expect(lines[at + 1]).toBe(
      `|${header
        .split(' | ')
        .map(() => '---')
        .join('|')}|`
    );
    expect(rowCells(lines[at + 2]!)).toEqual(firstRow);
  });

  it('when the heartbeat gave no usable time then its cell says why, and it is not a production error', () => {
    const samples = [
      sample(0, 0, [ok('api'), ok('credits'), { ...ok('heartbeat'), ok: false, error: 'no ISO 8601 lastReceivedAt in the answer' }], { credits: 7 })
    ];
    const row = renderTimeline(samples).find((l) => l.startsWith('| 1 |'))!;
    expect(rowCells(row)).toEqual(['1', '0:00', '100 ms', '7', '❌ no ISO 8601 lastReceivedAt in the answer', '0']);
  });

  it('when the credits could not be read then the credits cell shows the error', () => {
    const samples = [sample(0, 0, [ok('api'), failed('credits', 'balance is not a number')])];
    const row = renderTimeline(samples).find((l) => l.startsWith('| 1 |'))!;
    expect(rowCells(row)).toEqual(['1', '0:00', '100 ms', '❌ balance is not a number', '1']);
  });

  const HOSTILE = 'boom | <img src=x onerror=alert(1)> |\n| 9 | 9:99 | fake row | `code` @team';

  it.each<[string, Probe[], number]>([
    ['the API probe', [none('api', HOSTILE), ok('credits'), ok('health'), ok('heartbeat')], 2],
    ['the credits probe', [ok('api'), none('credits', HOSTILE), ok('health'), ok('heartbeat')], 3],
    ['the health probe', [ok('api'), ok('credits'), none('health', HOSTILE), ok('heartbeat')], 4],
    ['the heartbeat', [ok('api'), ok('credits'), ok('health'), none('heartbeat', HOSTILE)], 5]
  ])('when %s fails with hostile error text then the row keeps its cells and shows the text as text', (_label, probes, column) => {
    const lines = renderTimeline([sample(0, 0, probes, { credits: 5 })]);
    const header = lines.find((l) => l.startsWith('| # |'))!;
    const rows = lines.filter((l) => l.startsWith('| 1 |'));
    expect(rows).toHaveLength(1);
    expect(lines.some((l) => l.includes('fake row') && !l.startsWith('| 1 |'))).toBe(false);
    const cells = rowCells(rows[0]!);
    expect(cells).toHaveLength(rowCells(header).length);
    expect(elements(rowCellsHtml(rows[0]!)[column]!).filter((e) => INJECTED.includes(e))).toEqual([]);
    expect(cells[column]).toBe('❌ boom | <img src=x onerror=alert(1)> | | 9 | 9:99 | fake row | `code` @team');
    // A mention is GitHub's own markup, which marked does not know: it stays escaped.
    expect(rows[0]).toContain('\\@team');
  });

  it('when a long watch has 200 intervals then the charts have at most 60 points and the table 150 rows and a note', () => {
    const samples = Array.from({ length: 200 }, (_, i) => sample(i, i * 15_000, [ok('api', 100 + i), ok('credits')], { credits: 1000 }));
    const lines = renderTimeline(samples);
    const axes = lines.filter((l) => l.startsWith('  x-axis ['));
    expect(axes).toHaveLength(2);
    const labels = axes[0]!.slice('  x-axis ['.length, -1).split(', ');
    expect(labels).toHaveLength(50);
    expect(labels.slice(0, 2)).toEqual(['"0:00"', '"1:00"']);
    const values = lines
      .find((l) => l.startsWith('  line ['))!
      .slice('  line ['.length, -1)
      .split(', ');
    expect(values).toHaveLength(50);
    expect(values[49]).toBe('299');
    const start = lines.indexOf('|---|---|---|---|---|') + 1;
    const end = lines.indexOf('</details>') - 1;
    expect(end - start).toBe(151);
    expect(lines[start + 50]).toMatch(/^\| … \| 50 more intervals: /);
  });
});
