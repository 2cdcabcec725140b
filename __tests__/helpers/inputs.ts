/**
 * Builds a runner-style environment from action inputs, the way the Actions runner does it:
 * `INPUT_<NAME>` upper-cased with hyphens kept (`min-credits` -> `INPUT_MIN-CREDITS`).
 * Written independently of src/settings/inputs.ts so a drift in either is caught.
 */
export function inputEnv(inputs: Record<string, string>, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...extra };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}
