import { describe, it, expect } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { INPUTS } from '../../src/settings/input-table.js';
import { PRODUCTION_API_URL, SECRET_INPUTS } from '../../src/settings/inputs.js';
import { mapAt, parseYaml, readActionYml, runnerDefaults, type YamlMap } from '../helpers/action-yml.js';

const ACTION_YML = fileURLToPath(new URL('../../action.yml', import.meta.url));
const action = readActionYml(ACTION_YML);
const inputs = mapAt(action, 'inputs');
const outputs = mapAt(action, 'outputs');

/** The contract's inputs and their documented defaults (contract.md, "Inputs"); names are fixed. */
const CONTRACT_INPUTS: Record<string, string | undefined> = {
  mode: 'preflight',
  environment: 'production',
  'api-url': undefined,
  'api-key': undefined,
  'auth-scheme': 'x-api-key',
  'webhook-url': undefined,
  'webhook-secret': undefined,
  checks: 'config,api,webhook,credits',
  'require-env': undefined,
  'api-probe-path': '/appointments?size=1',
  'credits-path': '/organizations/me',
  'min-credits': '50',
  'warn-credits': '100',
  'latency-samples': '3',
  'latency-warn-ms': '500',
  'latency-fail-ms': '2000',
  'webhook-timeout-ms': '5000',
  'allow-private-webhook': 'false',
  retries: '2',
  // Declared nowhere: the runner would pass it as set, and unset fits the mode (contract).
  'timeout-seconds': undefined,
  'fail-on': 'failure',
  'pr-comment': 'true',
  'github-token': '${{ github.token }}'
};

const CONTRACT_OUTPUTS = ['result', 'failed-checks', 'warned-checks', 'credits', 'api-latency-ms', 'report-path'];

function inputEntry(name: string): YamlMap {
  return mapAt(inputs, name);
}

describe('the YAML reader and the runner defaults used by the end-to-end tests', () => {
  it('when a key is repeated then reading throws, so a duplicate input cannot hide', () => {
    expect(() => parseYaml('a: 1\na: 2\n')).toThrow();
  });

  it('when the runner renders the defaults then every declared default is there, github.token as the token given', () => {
    const defaults = runnerDefaults('ghs_token_given_by_test_000000000000000');
    const declared = Object.entries(inputs)
      .filter(([, e]) => (e as YamlMap).default !== undefined)
      .map(([n]) => n);
    expect(Object.keys(defaults).sort()).toEqual(declared.sort());
    expect(defaults['github-token']).toBe('ghs_token_given_by_test_000000000000000');
    expect(runnerDefaults('')['github-token']).toBe('');
    expect(defaults).not.toHaveProperty('timeout-seconds');
  });

  it('when a default is another runner expression then rendering refuses it rather than pass it raw', () => {
    const action = parseYaml('inputs:\n  x:\n    default: ${{ github.run_id }}\n');
    expect(() => runnerDefaults('t', action)).toThrow(/expression/);
  });
});

describe('action.yml inputs', () => {
  // That action.yml declares the code's inputs, defaults and descriptions: input-table.test.ts.

  it.each(Object.keys(CONTRACT_INPUTS))('when the contract names %s then action.yml declares it with a one-line description', (name) => {
    const entry = inputEntry(name);
    expect(typeof entry.description).toBe('string');
    const description = entry.description as string;
    expect(description.trim()).not.toBe('');
    expect(description).not.toMatch(/\n/);
    expect(entry.required ?? false).toBe(false);
  });

  it.each(Object.entries(CONTRACT_INPUTS))('when the contract gives %s the default %p then action.yml has it', (name, contractDefault) => {
    const declared = inputEntry(name).default;
    if (contractDefault === undefined) expect(declared ?? '').toBe('');
    else expect(declared).toBe(contractDefault);
  });

  it.each(['api-key', 'webhook-secret'] as const)('when %s is a secret then it has no default and is masked', (name) => {
    expect(inputEntry(name).default).toBeUndefined();
    expect(INPUTS[name].default).toBe('');
    expect(SECRET_INPUTS).toContain(name);
  });

  it.each([
    ['api-url', 'MONCRENEAU_API_URL'],
    ['api-key', 'MONCRENEAU_API_KEY'],
    ['webhook-url', 'MONCRENEAU_WEBHOOK_URL'],
    ['webhook-secret', 'MONCRENEAU_WEBHOOK_SECRET']
  ])('when %s falls back to %s then its description says so', (name, variable) => {
    expect(inputEntry(name).description).toContain(variable);
  });

  it('when api-url is not set then the documented production URL is the code default', () => {
    expect(inputEntry('api-url').description).toContain(PRODUCTION_API_URL);
    expect(PRODUCTION_API_URL).toBe('https://mc-prd.duckdns.org/api/v1');
  });
});

describe('action.yml outputs, runtime and branding', () => {
  it.each(CONTRACT_OUTPUTS)('when the contract names output %s then it is declared with a description', (name) => {
    const entry = mapAt(outputs, name);
    expect(typeof entry.description).toBe('string');
    expect((entry.description as string).trim()).not.toBe('');
  });

  it('when the runner starts the action then it uses node24 and dist/index.js', () => {
    const runs = mapAt(action, 'runs');
    expect(runs.using).toBe('node24');
    expect(runs.main).toBe('dist/index.js');
  });

  it('when the action is listed then it has a name, a description and branding', () => {
    expect(action.name).toEqual(expect.stringContaining('MONCRENEAU'));
    expect(typeof action.description).toBe('string');
    expect((action.description as string).trim()).not.toBe('');
    const branding = mapAt(action, 'branding');
    expect(typeof branding.icon).toBe('string');
    expect(typeof branding.color).toBe('string');
    expect((branding.icon as string).length).toBeGreaterThan(0);
    expect((branding.color as string).length).toBeGreaterThan(0);
  });
});
