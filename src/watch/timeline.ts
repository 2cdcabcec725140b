/**
 * How a watch reads while it runs (one progress line per interval) and afterwards (a table per
 * interval and Mermaid charts GitHub renders). Pure: samples in, text out.
 */
import { escapeInline } from '../report/markdown.js';
import { failedRequests, isBlind, ratesText, responseTimes, type Assessment } from './criteria.js';
import type { Probe, Sample } from './sample.js';

export const clock = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** One log line per interval: elapsed/total, each target's error rate, slowest latency, credits. */
export function progressLine(sample: Sample, assessment: Assessment, totalMs: number): string {
  const slowest = Math.max(-1, ...responseTimes(sample));
  const parts = [
    `[${clock(sample.atMs)}/${clock(totalMs)}] error rate ${ratesText(assessment.errors, true)} in window`,
    `slowest ${slowest >= 0 ? `${slowest} ms${sample.probes.some((p) => p.timedOut) ? ' (timed out)' : ''}` : 'n/a'}`,
    `credits ${sample.credits ?? 'n/a'}`
  ];
  if (sample.webhookSilenceMs !== undefined) parts.push(`last webhook ${clock(sample.webhookSilenceMs)} ago`);
  const blind = isBlind(sample);
  return `${parts.join(', ')}${blind ? ' — nothing could be measured' : ''}`;
}

function cell(probe: Probe | undefined): string {
  if (!probe) return '';
  if (probe.ok) return `${probe.latencyMs ?? ''} ms`;
  return `❌ ${escapeInline(probe.error ?? 'failed')}`;
}

/** At most `max` points: consecutive samples merged (slowest latency, errors summed). */
export function bucket(samples: readonly Sample[], max: number): { label: string; slowestMs: number; errors: number }[] {
  const size = Math.max(1, Math.ceil(samples.length / max));
  const points: { label: string; slowestMs: number; errors: number }[] = [];
  for (let i = 0; i < samples.length; i += size) {
    const group = samples.slice(i, i + size);
    const latencies = group.flatMap(responseTimes);
    points.push({
      label: clock(group[0]!.atMs),
      slowestMs: latencies.length > 0 ? Math.max(...latencies) : 0,
      errors: group.reduce((sum, s) => sum + failedRequests(s), 0)
    });
  }
  return points;
}

function chart(title: string, axis: string, kind: 'line' | 'bar', labels: string[], values: number[]): string[] {
  const top = Math.max(1, ...values);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${axis}" 0 --> ${Math.ceil(top * 1.1)}`,
    `  ${kind} [${values.join(', ')}]`,
    '```'
  ];
}

/** Table rows kept in the summary: GitHub drops a job summary over 1 MiB, verdict and all. */
const MAX_ROWS = 150;
const FIRST_ROWS = 50;

/** Every interval for a short watch; for a long one the first and the latest, the rest noted. */
export function tableRows(samples: readonly Sample[], row: (s: Sample) => string, columns: number): string[] {
  if (samples.length <= MAX_ROWS) return samples.map(row);
  const hidden = samples.length - MAX_ROWS;
  const note = `| … | ${hidden} more intervals: the charts above cover them, the JSON report (report-path) has each one |${' |'.repeat(columns - 2)}`;
  return [...samples.slice(0, FIRST_ROWS).map(row), note, ...samples.slice(-(MAX_ROWS - FIRST_ROWS)).map(row)];
}

/** The timeline section of the summary. */
export function renderTimeline(samples: readonly Sample[]): string[] {
  if (samples.length === 0) return [];
  const points = bucket(samples, 60);
  const labels = points.map((p) => p.label);
  const hasHealth = samples.some((s) => s.probes.some((p) => p.name === 'health'));
  const hasHeartbeat = samples.some((s) => s.probes.some((p) => p.name === 'heartbeat'));
  const header = ['#', 'time', 'API', 'credits', ...(hasHealth ? ['health'] : []), ...(hasHeartbeat ? ['last webhook'] : []), 'errors'];
  const row = (s: Sample) => {
    const by = (name: string) => s.probes.find((p) => p.name === name);
    const credits = by('credits');
    const cells = [
      String(s.index + 1),
      clock(s.atMs),
      cell(by('api')),
      credits?.ok ? String(s.credits) : cell(credits),
      ...(hasHealth ? [cell(by('health'))] : []),
      ...(hasHeartbeat ? [s.webhookSilenceMs !== undefined ? `${clock(s.webhookSilenceMs)} ago` : cell(by('heartbeat'))] : []),
      String(failedRequests(s))
    ];
    return `| ${cells.join(' | ')} |`;
  };
  return [
    '### Timeline',
    '',
    ...chart(
      'Slowest response per interval (ms)',
      'ms',
      'line',
      labels,
      points.map((p) => p.slowestMs)
    ),
    '',
    ...chart(
      'Failed requests per interval',
      'errors',
      'bar',
      labels,
      points.map((p) => p.errors)
    ),
    '',
    '<details><summary>Every interval</summary>',
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...tableRows(samples, row, header.length),
    '',
    '</details>',
    ''
  ];
}
