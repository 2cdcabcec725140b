/** Check results and reports built through the real constructors (pass/warn/fail/skip, buildReport). */
import { fail, pass, skip, warn, type CheckResult, type CheckStatus } from '../../src/engine/check.js';
import { buildReport, type RunReport } from '../../src/report/run-report.js';

const MAKERS = { pass, warn, fail, skip };

export function checkResult(
  id: string,
  status: CheckStatus,
  summary: string,
  extras: Partial<Pick<CheckResult, 'details' | 'hints' | 'data' | 'title' | 'durationMs'>> = {}
): CheckResult {
  const { title, durationMs, ...rest } = extras;
  return { id, title: title ?? id, durationMs: durationMs ?? 10, ...MAKERS[status](summary, rest) };
}

export function report(
  checks: CheckResult[],
  overrides: Partial<{ mode: string; environment: string; failOn: 'failure' | 'warning'; durationMs: number }> = {}
): RunReport {
  return buildReport({
    mode: overrides.mode ?? 'preflight',
    environment: overrides.environment ?? 'production',
    failOn: overrides.failOn ?? 'failure',
    startedAt: new Date('2026-11-29T10:00:00.000Z'),
    durationMs: overrides.durationMs ?? 812,
    checks
  });
}
