/** The run's verdict from its checks' statuses, exactly as the contract defines it. */
import type { CheckResult } from './check.js';

export type RunResult = 'pass' | 'warn' | 'fail';

export function rollUp(results: readonly Pick<CheckResult, 'status'>[]): RunResult {
  if (results.some((r) => r.status === 'fail')) return 'fail';
  if (results.some((r) => r.status === 'warn')) return 'warn';
  return 'pass';
}

/** Whether the job must fail: a fail, or a warning when the team blocks on warnings. */
export function blocksPromotion(result: RunResult, failOn: 'failure' | 'warning'): boolean {
  return result === 'fail' || (result === 'warn' && failOn === 'warning');
}

export function idsWithStatus(results: readonly CheckResult[], status: CheckResult['status']): string[] {
  return results.filter((r) => r.status === status).map((r) => r.id);
}
