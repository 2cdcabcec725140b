/**
 * The action's inputs as the runner hands them over: `INPUT_<NAME>` environment variables
 * (upper-cased, hyphens kept), each falling back to its environment variable and its default
 * (src/settings/input-table.ts), so the gate behaves the same outside Actions.
 */
import { INPUT_NAMES, inputSpec, type InputName } from './input-table.js';

export { INPUT_NAMES, PRODUCTION_API_URL, SECRET_INPUTS, type InputName } from './input-table.js';

export type RawInputs = Record<InputName, string>;

/** Where a value came from, so the summary can say "from MONCRENEAU_API_KEY". */
export type ValueSource = 'input' | 'env' | 'default' | 'none';

export interface InputRead {
  values: RawInputs;
  sources: Record<InputName, ValueSource>;
}

/** The runner's variable name for an input, exactly as `@actions/core` derives it. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Reads every input once. Secrets are not trimmed: a secret is used exactly as given. `given`
 * is the front end's own reader (the runner adapter's `core.getInput`); the environment still
 * supplies the fallbacks (MONCRENEAU_API_URL...).
 */
export function readInputs(env: NodeJS.ProcessEnv, given: (name: InputName) => string | undefined = (name) => env[inputVariable(name)]): InputRead {
  const values = {} as RawInputs;
  const sources = {} as Record<InputName, ValueSource>;
  for (const name of INPUT_NAMES) {
    const spec = inputSpec(name);
    const clean = (v: string | undefined): string => (spec.secret ? (v ?? '') : (v ?? '').trim());
    const input = clean(given(name));
    const fromEnv = spec.env ? clean(env[spec.env]) : '';
    if (input.trim() !== '') {
      values[name] = input;
      sources[name] = 'input';
    } else if (fromEnv.trim() !== '') {
      values[name] = fromEnv;
      sources[name] = 'env';
    } else {
      values[name] = spec.default;
      sources[name] = values[name] === '' ? 'none' : 'default';
    }
  }
  return { values, sources };
}

/** The environment variable a value fell back to, for messages. */
export function fallbackVariable(name: InputName): string | undefined {
  return inputSpec(name).env;
}
