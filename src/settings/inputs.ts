/**
 * The action's inputs as the runner hands them over: `INPUT_<NAME>` environment variables
 * (upper-cased, hyphens kept). Defaults live here as well as in action.yml so the gate behaves
 * the same outside Actions; a test keeps the two in step.
 */

/** Production base URL: every documented example and SDK default. */
export const PRODUCTION_API_URL = 'https://mc-prd.duckdns.org/api/v1';

/** Input name -> default applied when the runner passed nothing. */
export const INPUT_DEFAULTS = {
  mode: 'preflight',
  environment: 'production',
  'api-url': '',
  'api-key': '',
  'auth-scheme': 'x-api-key',
  'webhook-url': '',
  'webhook-secret': '',
  checks: 'config,api,webhook,credits',
  'require-env': '',
  'api-probe-path': '/appointments?size=1',
  'credits-path': '/organizations/me',
  'credits-field': 'availableCredits',
  'min-credits': '50',
  'warn-credits': '100',
  'latency-samples': '3',
  'latency-warn-ms': '500',
  'latency-fail-ms': '2000',
  'webhook-timeout-ms': '5000',
  'allow-private-webhook': 'false',
  retries: '2',
  // No default: the runner would pass it as if the user had set it, and unset fits the mode.
  'timeout-seconds': '',
  'fail-on': 'failure',
  'pr-comment': 'true',
  'github-token': '',
  'department-id': '',
  'appointment-datetime': '',
  'appointment-name': 'moncreneau-deploy-gate smoke test',
  'external-user-id': 'moncreneau-deploy-gate',
  'webhook-confirm-url': '',
  'webhook-wait-seconds': '60',
  'watch-minutes': '10',
  'watch-interval-seconds': '30',
  'max-error-rate': '0.10',
  'error-window-minutes': '5',
  'rollback-latency-ms': '2000',
  'health-url': '',
  'max-credits-per-hour': '',
  'webhook-heartbeat-url': '',
  'max-webhook-silence-minutes': '10'
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;
export type RawInputs = Record<InputName, string>;

/** Where a value came from, so the summary can say "from MONCRENEAU_API_KEY". */
export type ValueSource = 'input' | 'env' | 'default' | 'none';

/**
 * Inputs whose empty value falls back to an environment variable, and then to `otherwise`
 * (contract). They have no default in action.yml, or the fallback could never apply.
 */
const ENV_FALLBACKS: Partial<Record<InputName, { variable: string; otherwise?: string }>> = {
  'api-url': { variable: 'MONCRENEAU_API_URL', otherwise: PRODUCTION_API_URL },
  'api-key': { variable: 'MONCRENEAU_API_KEY' },
  'webhook-url': { variable: 'MONCRENEAU_WEBHOOK_URL' },
  'webhook-secret': { variable: 'MONCRENEAU_WEBHOOK_SECRET' }
};

/** Inputs that are secrets: never echoed, always masked. */
export const SECRET_INPUTS: readonly InputName[] = ['api-key', 'webhook-secret', 'github-token'];

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
  for (const name of Object.keys(INPUT_DEFAULTS) as InputName[]) {
    const isSecret = SECRET_INPUTS.includes(name);
    const clean = (v: string | undefined): string => (isSecret ? (v ?? '') : (v ?? '').trim());
    const input = clean(given(name));
    const fallback = ENV_FALLBACKS[name];
    const fromEnv = fallback ? clean(env[fallback.variable]) : '';
    if (input.trim() !== '') {
      values[name] = input;
      sources[name] = 'input';
    } else if (fromEnv.trim() !== '') {
      values[name] = fromEnv;
      sources[name] = 'env';
    } else {
      values[name] = fallback?.otherwise ?? INPUT_DEFAULTS[name];
      sources[name] = values[name] === '' ? 'none' : 'default';
    }
  }
  return { values, sources };
}

/** The environment variable a value fell back to, for messages. */
export function fallbackVariable(name: InputName): string | undefined {
  return ENV_FALLBACKS[name]?.variable;
}
