/** Builds a real CheckContext from inputs, the way the gate does, for in-process check tests. */
import type { CheckContext } from '../../src/engine/check.js';
import { budgetFor } from '../../src/engine/timing.js';
import type { HttpClientOptions } from '../../src/http/http-client.js';
import { readRunContext } from '../../src/run-context.js';
import { inputEnv } from './inputs.js';
import { parseSettings } from '../../src/settings/settings.js';

export function contextFor(
  inputs: Record<string, string>,
  options: { env?: NodeJS.ProcessEnv; http?: HttpClientOptions; deadlineMs?: number; signal?: AbortSignal } = {}
): CheckContext {
  // Built with the tests' own INPUT_ naming, so a drift in src's is caught.
  const env = inputEnv(inputs, options.env as Record<string, string> | undefined);
  const run = readRunContext(env);
  const parsed = parseSettings(run.inputs);
  if (!parsed.ok) throw new Error(`test inputs invalid: ${parsed.errors.join('; ')}`);
  return {
    settings: parsed.settings,
    requiredVariables: run.requiredVariables,
    time: budgetFor(options.deadlineMs ?? 20_000, options.signal),
    http: options.http
  };
}
