/** Preflight: the selected checks, concurrently, under the run's deadline. */
import { CHECK_TITLES, loadChecks } from '../checks/registry.js';
import { skip } from '../engine/check.js';
import { runChecks } from '../engine/run-checks.js';
import { PREFLIGHT_CHECKS } from '../settings/check-ids.js';
import type { ModeContext, ModeResult } from './mode.js';

export async function runPreflight(ctx: ModeContext): Promise<ModeResult> {
  const { settings } = ctx;
  const selected = await loadChecks(settings.checks);
  const results = await runChecks(selected, {
    deadline: ctx.deadline,
    deadlineSeconds: settings.timeoutSeconds,
    cancelled: ctx.cancelled,
    context: (signal) => ({ settings, env: ctx.env, signal, deadline: ctx.deadline, http: ctx.http })
  });
  // Unselected checks are listed too, so a reviewer sees what was not verified.
  const checks = PREFLIGHT_CHECKS.map(
    (id) => results.find((r) => r.id === id) ?? { id, title: CHECK_TITLES[id], ...skip('not selected (checks input)'), durationMs: 0 }
  );
  return { checks };
}
