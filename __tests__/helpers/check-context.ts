/** Builds a real CheckContext from inputs, the way the gate does, for in-process check tests. */
import type { CheckContext } from '../../src/engine/check.js';
import type { HttpClientOptions } from '../../src/http/http-client.js';
import { inputVariable, readInputs } from '../../src/settings/inputs.js';
import { parseSettings } from '../../src/settings/settings.js';

export function contextFor(
  inputs: Record<string, string>,
  options: { env?: NodeJS.ProcessEnv; http?: HttpClientOptions; deadlineMs?: number; signal?: AbortSignal } = {}
): CheckContext {
  const env: NodeJS.ProcessEnv = { ...options.env };
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  const parsed = parseSettings(readInputs(env));
  if (!parsed.ok) throw new Error(`test inputs invalid: ${parsed.errors.join('; ')}`);
  return {
    settings: parsed.settings,
    env,
    signal: options.signal ?? new AbortController().signal,
    deadline: performance.now() + (options.deadlineMs ?? 20_000),
    http: options.http
  };
}
