/** The run as reported everywhere: summary, outputs, annotations and the JSON file. */
import type { CheckResult } from '../engine/check.js';
import { blocksPromotion, idsWithStatus, rollUp, type RunResult } from '../engine/rollup.js';

export interface Alert {
  message: string;
  /** A shell command that does it, shown verbatim in a code block. */
  command?: string;
}

export interface RunReport {
  version: 1;
  mode: string;
  environment: string;
  result: RunResult;
  /** True when the job fails: a fail, or a warning with fail-on: warning. */
  blocked: boolean;
  startedAt: string;
  durationMs: number;
  /** Something to do by hand at once (an appointment left behind); the summary's first line. */
  alert?: Alert;
  checks: CheckResult[];
  /** Mode-specific measurements (the watch timeline). */
  data?: Record<string, unknown>;
}

export interface ReportInput {
  mode: string;
  environment: string;
  failOn: 'failure' | 'warning';
  startedAt: Date;
  durationMs: number;
  checks: CheckResult[];
  alert?: Alert;
  data?: Record<string, unknown>;
}

export function buildReport(input: ReportInput): RunReport {
  const result = rollUp(input.checks);
  return {
    version: 1,
    mode: input.mode,
    environment: input.environment,
    result,
    blocked: blocksPromotion(result, input.failOn),
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.round(input.durationMs),
    ...(input.alert ? { alert: input.alert } : {}),
    checks: input.checks,
    ...(input.data ? { data: input.data } : {})
  };
}

const numberOrEmpty = (value: unknown): string => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '');

/** The step outputs, every one always set so a later step never reads a stale value. */
export function reportOutputs(report: RunReport, reportPath: string): Record<string, string> {
  const byId = new Map(report.checks.map((c) => [c.id, c]));
  return {
    result: report.result,
    'failed-checks': idsWithStatus(report.checks, 'fail').join(','),
    'warned-checks': idsWithStatus(report.checks, 'warn').join(','),
    credits: numberOrEmpty(byId.get('credits')?.data.availableCredits),
    'api-latency-ms': numberOrEmpty(byId.get('api')?.data.slowestMs),
    'webhook-latency-ms': numberOrEmpty(byId.get('webhook')?.data.latencyMs),
    'report-path': reportPath
  };
}

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
}

/** An error per failed check titled with its name, a warning per warning. */
export function reportAnnotations(report: RunReport): Annotation[] {
  return report.checks.flatMap((c): Annotation[] => {
    if (c.status !== 'fail' && c.status !== 'warn') return [];
    const message = [c.summary, ...c.hints].join('\n');
    return [{ level: c.status === 'fail' ? 'error' : 'warning', title: `${c.title} (${c.id})`, message }];
  });
}
