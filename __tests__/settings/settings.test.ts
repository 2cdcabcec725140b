import { describe, it, expect } from '@jest/globals';
import { inputVariable, PRODUCTION_API_URL, readInputs } from '../../src/settings/inputs.js';
import { quoteValue } from '../../src/settings/parsers.js';
import { parseSettings, type Settings } from '../../src/settings/settings.js';
import { inputEnv } from '../helpers/inputs.js';

/** The settings for these inputs (and extra env), or the test fails with the error lines. */
function settingsFor(inputs: Record<string, string>, extra: Record<string, string> = {}): Settings {
  const parsed = parseSettings(readInputs(inputEnv(inputs, extra)));
  if (!parsed.ok) throw new Error(`expected valid settings, got:\n${parsed.errors.join('\n')}`);
  return parsed.settings;
}

/** The error lines for these inputs; an empty array when they parsed. */
function errorsFor(inputs: Record<string, string>, extra: Record<string, string> = {}): string[] {
  const parsed = parseSettings(readInputs(inputEnv(inputs, extra)));
  return parsed.ok ? [] : parsed.errors;
}

describe('inputVariable', () => {
  it.each([
    ['min-credits', 'INPUT_MIN-CREDITS'],
    ['api-key', 'INPUT_API-KEY'],
    ['mode', 'INPUT_MODE'],
    ['a b', 'INPUT_A_B']
  ])('when the input is %s then the runner variable is %s', (name, variable) => {
    expect(inputVariable(name)).toBe(variable);
  });
});

describe('parseSettings: one exact error line per bad input', () => {
  const WHOLE = (v: string, input: string, range: string) => `${input}: "${v}" is not a whole number ${range}`;
  const cases: [string, Record<string, string>, string][] = [
    // non-numbers
    ['min-credits is not a number', { 'min-credits': 'abc' }, WHOLE('abc', 'min-credits', '>= 0')],
    ['warn-credits is not a number', { 'warn-credits': 'lots' }, WHOLE('lots', 'warn-credits', '>= 0')],
    ['retries is not a number', { retries: 'two' }, WHOLE('two', 'retries', 'between 0 and 10')],
    ['latency-samples is not a number', { 'latency-samples': 'x' }, WHOLE('x', 'latency-samples', 'between 1 and 20')],
    ['latency-warn-ms has a unit', { 'latency-warn-ms': '500ms' }, WHOLE('500ms', 'latency-warn-ms', 'between 1 and 3600000')],
    ['webhook-timeout-ms is hex', { 'webhook-timeout-ms': '0x10' }, WHOLE('0x10', 'webhook-timeout-ms', 'between 1 and 60000')],
    ['min-credits uses an exponent', { 'min-credits': '1e3' }, WHOLE('1e3', 'min-credits', '>= 0')],
    // negatives
    ['min-credits is negative', { 'min-credits': '-5' }, WHOLE('-5', 'min-credits', '>= 0')],
    ['retries is negative', { retries: '-1' }, WHOLE('-1', 'retries', 'between 0 and 10')],
    ['timeout-seconds is negative', { 'timeout-seconds': '-3' }, 'timeout-seconds: "-3" is not a number greater than 0 and at most 21600'],
    // fractions where whole numbers are required
    ['min-credits is a fraction', { 'min-credits': '50.5' }, WHOLE('50.5', 'min-credits', '>= 0')],
    ['retries is a fraction', { retries: '1.5' }, WHOLE('1.5', 'retries', 'between 0 and 10')],
    ['latency-samples is a fraction', { 'latency-samples': '2.0' }, WHOLE('2.0', 'latency-samples', 'between 1 and 20')],
    // out of range
    ['latency-samples is 0', { 'latency-samples': '0' }, WHOLE('0', 'latency-samples', 'between 1 and 20')],
    ['latency-samples is 21', { 'latency-samples': '21' }, WHOLE('21', 'latency-samples', 'between 1 and 20')],
    ['retries is 11', { retries: '11' }, WHOLE('11', 'retries', 'between 0 and 10')],
    ['timeout-seconds is 0', { 'timeout-seconds': '0' }, 'timeout-seconds: "0" is not a number greater than 0 and at most 21600'],
    ['timeout-seconds is above six hours', { 'timeout-seconds': '21601' }, 'timeout-seconds: "21601" is not a number greater than 0 and at most 21600'],
    ['timeout-seconds is not a number', { 'timeout-seconds': 'soon' }, 'timeout-seconds: "soon" is not a number greater than 0 and at most 21600'],
    ['webhook-timeout-ms is 0', { 'webhook-timeout-ms': '0' }, WHOLE('0', 'webhook-timeout-ms', 'between 1 and 60000')],
    // bad enums
    ['mode is unknown', { mode: 'yolo' }, 'mode: "yolo" is not one of preflight, smoke, watch'],
    ['environment is unknown', { environment: 'prod' }, 'environment: "prod" is not one of production, staging'],
    ['auth-scheme is unknown', { 'auth-scheme': 'basic' }, 'auth-scheme: "basic" is not one of x-api-key, bearer'],
    ['fail-on is unknown', { 'fail-on': 'warnings' }, 'fail-on: "warnings" is not one of failure, warning'],
    // bad booleans
    ['pr-comment is yes', { 'pr-comment': 'yes' }, 'pr-comment: "yes" is not true or false'],
    ['allow-private-webhook is 1', { 'allow-private-webhook': '1' }, 'allow-private-webhook: "1" is not true or false'],
    // checks
    [
      'checks names several unknown checks',
      { checks: 'config,ping,latency' },
      'checks: unknown check "ping", "latency"; accepted: config, api, webhook, credits'
    ],
    ['checks repeats an unknown check', { checks: 'nope,nope' }, 'checks: unknown check "nope"; accepted: config, api, webhook, credits'],
    ['checks lists only separators', { checks: ' , \n ,' }, 'checks: is empty; name at least one of config, api, webhook, credits'],
    // require-env
    ['require-env has a bad name', { 'require-env': 'GOOD 1BAD' }, 'require-env: "1BAD" is not a valid environment variable name (letters, digits, _)'],
    [
      'require-env has several bad names',
      { 'require-env': 'A-B,C.D' },
      'require-env: "A-B", "C.D" are not valid environment variable names (letters, digits, _)'
    ],
    // api paths
    [
      'api-probe-path is a full URL',
      { 'api-probe-path': 'https://evil.example/steal' },
      'api-probe-path: "https://evil.example/steal" is not a path starting with "/" (it is appended to api-url)'
    ],
    [
      'credits-path is protocol-relative',
      { 'credits-path': '//evil.example/steal' },
      'credits-path: "//evil.example/steal" is not a path starting with "/" (it is appended to api-url)'
    ],
    [
      'credits-path has no leading slash',
      { 'credits-path': 'organizations/me' },
      'credits-path: "organizations/me" is not a path starting with "/" (it is appended to api-url)'
    ],
    ['api-probe-path contains a space', { 'api-probe-path': '/a b' }, 'api-probe-path: "/a b" is not a path starting with "/" (it is appended to api-url)'],
    // relations between inputs
    [
      'warn-credits is below min-credits',
      { 'min-credits': '80', 'warn-credits': '40' },
      'warn-credits: 40 is below min-credits (80); it must be at least min-credits'
    ],
    [
      'min-credits is raised above the default warn-credits',
      { 'min-credits': '200' },
      'warn-credits: 100 is below min-credits (200); it must be at least min-credits'
    ],
    [
      'latency-warn-ms is above latency-fail-ms',
      { 'latency-warn-ms': '3000', 'latency-fail-ms': '1000' },
      'latency-warn-ms: 3000 is above latency-fail-ms (1000); it must be at most latency-fail-ms'
    ]
  ];

  it.each(cases)('when %s then the only error is its line', (_label, inputs, line) => {
    expect(errorsFor(inputs)).toEqual([line]);
  });

  it('when a value is long then the error line quotes it shortened', () => {
    const long = `/${'x'.repeat(100)} y`;
    const [line] = errorsFor({ 'api-probe-path': long });
    expect(line).toBe(`api-probe-path: "${long.slice(0, 57)}..." is not a path starting with "/" (it is appended to api-url)`);
    expect(quoteValue('a"b')).toBe('"a\\"b"');
  });

  it('when several inputs are bad then there is one line per input, each naming its input', () => {
    const errors = errorsFor({
      'min-credits': 'abc',
      retries: '11',
      mode: 'yolo',
      'pr-comment': 'maybe',
      checks: 'config,bogus',
      'credits-path': 'https://x.example/'
    });
    expect(errors).toHaveLength(6);
    expect(errors.map((e) => e.split(':')[0]).sort()).toEqual(['checks', 'credits-path', 'min-credits', 'mode', 'pr-comment', 'retries'].sort());
    expect(errors).toContain('min-credits: "abc" is not a whole number >= 0');
    expect(errors).toContain('retries: "11" is not a whole number between 0 and 10');
  });

  it('when the same relation is broken alone then its line appears; when equal then it is accepted', () => {
    expect(errorsFor({ 'min-credits': '100', 'warn-credits': '100' })).toEqual([]);
    expect(errorsFor({ 'latency-warn-ms': '700', 'latency-fail-ms': '700' })).toEqual([]);
  });

  it('when secrets are set and other inputs are bad then no error line holds a secret', () => {
    const apiKey = 'mk_live_SECRETVALUE-should-never-show-42';
    const webhookSecret = 'whsec_ANOTHER-secret-value-77';
    const token = 'ghs_TOKENVALUE-secret-99';
    const errors = errorsFor({
      'api-key': apiKey,
      'webhook-secret': webhookSecret,
      'github-token': token,
      'min-credits': 'abc',
      environment: 'nowhere',
      checks: 'config,zzz'
    });
    expect(errors).toHaveLength(3);
    for (const line of errors) {
      for (const secret of [apiKey, webhookSecret, token]) {
        expect(line).not.toContain(secret);
        expect(line).not.toContain(secret.slice(8, 20));
      }
    }
  });
});

describe('parseSettings: accepted values', () => {
  it.each<[string, Record<string, string>, Partial<Settings>]>([
    ['timeout-seconds is a decimal', { 'timeout-seconds': '0.5', checks: 'config' }, { timeoutSeconds: 0.5 }],
    ['timeout-seconds is at its maximum', { 'timeout-seconds': '21600' }, { timeoutSeconds: 21600 }],
    ['min-credits is 0', { 'min-credits': '0', 'warn-credits': '0' }, { minCredits: 0, warnCredits: 0 }],
    ['retries is 0 and 10', { retries: '10' }, { retries: 10 }],
    ['latency-samples is 1', { 'latency-samples': '1' }, { latencySamples: 1 }],
    ['latency-samples is 20', { 'latency-samples': '20' }, { latencySamples: 20 }],
    ['numbers have surrounding spaces', { 'min-credits': ' 7 ', 'warn-credits': ' 9' }, { minCredits: 7, warnCredits: 9 }],
    [
      'enums are upper-case',
      { environment: 'STAGING', 'fail-on': 'Warning', 'auth-scheme': 'Bearer' },
      { environment: 'staging', failOn: 'warning', authScheme: 'bearer' }
    ],
    ['mode is PREFLIGHT', { mode: 'PREFLIGHT' }, { mode: 'preflight' }],
    ['booleans are mixed case', { 'pr-comment': 'FALSE', 'allow-private-webhook': 'True' }, { prComment: false, allowPrivateWebhook: true }],
    ['checks are reordered', { checks: 'credits,config' }, { checks: ['config', 'credits'] }],
    ['checks are duplicated', { checks: 'api,API,api' }, { checks: ['api'] }],
    ['checks are newline separated', { checks: 'webhook\nconfig\n' }, { checks: ['config', 'webhook'] }],
    [
      'require-env lists names with commas, spaces and newlines',
      { 'require-env': 'DB_URL, SENTRY_DSN\n_X DB_URL' },
      { requireEnv: ['DB_URL', 'SENTRY_DSN', '_X'] }
    ],
    [
      'paths have a query',
      { 'api-probe-path': '/appointments?size=5', 'credits-path': '/orgs/me' },
      { apiProbePath: '/appointments?size=5', creditsPath: '/orgs/me' }
    ]
  ])('when %s then it parses', (_label, inputs, expected) => {
    expect(settingsFor(inputs)).toMatchObject(expected);
  });
});

describe('parseSettings: defaults', () => {
  it('when nothing is set then every default applies', () => {
    const s = settingsFor({});
    // toMatchObject: settings added by later issues must not break this table.
    expect(s).toMatchObject({
      mode: 'preflight',
      environment: 'production',
      apiUrl: PRODUCTION_API_URL,
      apiKey: '',
      authScheme: 'x-api-key',
      webhookUrl: '',
      webhookSecret: '',
      checks: ['config', 'api', 'webhook', 'credits'],
      requireEnv: [],
      apiProbePath: '/appointments?size=1',
      creditsPath: '/organizations/me',
      minCredits: 50,
      warnCredits: 100,
      latencySamples: 3,
      latencyWarnMs: 500,
      latencyFailMs: 2000,
      webhookTimeoutMs: 5000,
      allowPrivateWebhook: false,
      retries: 2,
      timeoutSeconds: 120,
      failOn: 'failure',
      prComment: true,
      githubToken: ''
    });
    expect(PRODUCTION_API_URL).toBe('https://mc-prd.duckdns.org/api/v1');
  });

  it('when an input is blank or only spaces then its default applies', () => {
    const s = settingsFor({ 'min-credits': '', retries: '   ', mode: '' });
    expect(s.minCredits).toBe(50);
    expect(s.retries).toBe(2);
    expect(s.mode).toBe('preflight');
    expect(s.sources['min-credits']).toBe('default');
  });
});

describe('readInputs: environment fallbacks and sources', () => {
  const FALLBACKS = [
    ['api-key', 'MONCRENEAU_API_KEY', 'mk_live_fromenv', 'mk_live_frominput', 'apiKey'],
    ['api-url', 'MONCRENEAU_API_URL', 'https://env.example/api/v1', 'https://input.example/api/v1', 'apiUrl'],
    ['webhook-url', 'MONCRENEAU_WEBHOOK_URL', 'https://env.example/hook', 'https://input.example/hook', 'webhookUrl'],
    ['webhook-secret', 'MONCRENEAU_WEBHOOK_SECRET', 'env-secret-0123456', 'input-secret-0123456', 'webhookSecret']
  ] as const;

  it.each(FALLBACKS)("when only %s's variable %s is set then the value comes from the env", (input, variable, envValue, _given, field) => {
    const s = settingsFor({}, { [variable]: envValue });
    expect(s[field]).toBe(envValue);
    expect(s.sources[input]).toBe('env');
  });

  it.each(FALLBACKS)('when %s and %s are both set then the input wins', (input, variable, envValue, given, field) => {
    const s = settingsFor({ [input]: given }, { [variable]: envValue });
    expect(s[field]).toBe(given);
    expect(s.sources[input]).toBe('input');
  });

  it.each(FALLBACKS)('when %s is blank and %s is set then the env is used', (input, variable, envValue, _given, field) => {
    const s = settingsFor({ [input]: '' }, { [variable]: envValue });
    expect(s[field]).toBe(envValue);
    expect(s.sources[input]).toBe('env');
  });

  it('when nothing is set then sources say default or none', () => {
    const { sources } = readInputs({});
    expect(sources['api-url']).toBe('default');
    expect(sources['api-key']).toBe('none');
    expect(sources['webhook-url']).toBe('none');
    expect(sources['webhook-secret']).toBe('none');
    expect(sources['require-env']).toBe('none');
    expect(sources['min-credits']).toBe('default');
    expect(sources.mode).toBe('default');
  });

  it('when an input is given then its source is input', () => {
    const { sources } = readInputs(inputEnv({ 'min-credits': '10', mode: 'preflight' }));
    expect(sources['min-credits']).toBe('input');
    expect(sources.mode).toBe('input');
  });

  it('when a lower-case or underscore variable is set then it is not an input', () => {
    const { values } = readInputs({ 'input_min-credits': '1', INPUT_MIN_CREDITS: '2' });
    expect(values['min-credits']).toBe('50');
  });

  it('when a non-secret has spaces around it then it is trimmed, but a secret is kept exactly', () => {
    const { values } = readInputs(inputEnv({ 'webhook-url': '  https://a.example/h  ', 'api-key': ' mk_live_x\n' }));
    expect(values['webhook-url']).toBe('https://a.example/h');
    expect(values['api-key']).toBe(' mk_live_x\n');
  });

  it('when a secret input is only whitespace then the env fallback is used', () => {
    const { values, sources } = readInputs(inputEnv({ 'api-key': '  \n' }, { MONCRENEAU_API_KEY: 'mk_test_env' }));
    expect(values['api-key']).toBe('mk_test_env');
    expect(sources['api-key']).toBe('env');
  });
});
