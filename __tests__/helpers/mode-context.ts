/** A real ModeContext from inputs, the way main builds it, for in-process mode tests. */
import { budget } from '../../src/engine/timing.js';
import { createCleanupRegistry } from '../../src/finish/cleanup-registry.js';
import type { ModeContext } from '../../src/modes/mode.js';
import { readRunContext } from '../../src/run-context.js';
import { inputEnv } from './inputs.js';
import { parseSettings } from '../../src/settings/settings.js';

export function modeContextFor(
  inputs: Record<string, string>,
  options: { cancelled?: AbortSignal; env?: NodeJS.ProcessEnv; log?: (line: string) => void } = {}
): ModeContext {
  // Built with the tests' own INPUT_ naming, so a drift in src's is caught.
  const env = inputEnv(inputs, options.env as Record<string, string> | undefined);
  const run = readRunContext(env);
  const parsed = parseSettings(run.inputs);
  if (!parsed.ok) throw new Error(`test inputs invalid: ${parsed.errors.join('; ')}`);
  const started = performance.now();
  const cancelled = options.cancelled ?? new AbortController().signal;
  return {
    settings: parsed.settings,
    requiredVariables: run.requiredVariables,
    time: budget(started + parsed.settings.timeoutSeconds * 1000, cancelled),
    cancelled,
    cleanup: createCleanupRegistry(),
    log: options.log ?? (() => undefined)
  };
}
