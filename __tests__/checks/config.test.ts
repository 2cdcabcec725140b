import { describe, it, expect } from '@jest/globals';
import { configCheck, requiredEnvFindings, webhookFindings } from '../../src/checks/config.js';
import { apiKeyFindings, apiUrlFindings, judgeConfig } from '../../src/domain/findings.js';
import type { CheckOutcome } from '../../src/engine/check.js';
import { settingsFrom } from '../helpers/settings.js';

const LIVE = 'mk_live_9fQ2xZ7pLw3RtY8uV1bN';
const TEST = 'mk_test_4kD8sH2jM6nB0vC5xZ1a';
const WEBHOOK = { 'webhook-url': 'https://app.example/webhooks/moncreneau', 'webhook-secret': 'whsec_0123456789abcdef' };

/** Runs the config check on these inputs and env, the way the engine would. */
async function configOutcome(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<CheckOutcome> {
  const settings = settingsFrom(inputs, env);
  return configCheck.run({ settings, requiredVariables: { ...env }, signal: new AbortController().signal, deadline: performance.now() + 1000 });
}

/** Everything a reader can see of the outcome. */
const visible = (o: CheckOutcome) => [o.summary, ...o.details, ...o.hints, JSON.stringify(o.data)].join('\n');

describe('config: the API key', () => {
  it.each<[string, Record<string, string>, Record<string, string>, 'pass' | 'warn' | 'fail', RegExp]>([
    ['a live key is given as input in production', { 'api-key': LIVE }, {}, 'pass', /API key mk_live_… \(from input api-key\) matches production/],
    ['a live key comes from MONCRENEAU_API_KEY', {}, { MONCRENEAU_API_KEY: LIVE }, 'pass', /API key mk_live_… \(from MONCRENEAU_API_KEY\) matches production/],
    ['a bare live_ key is used in production', { 'api-key': 'live_abcdef123456' }, {}, 'pass', /API key live_… .*matches production/],
    ['a test key is used in staging', { 'api-key': TEST, environment: 'staging' }, {}, 'pass', /API key mk_test_… .*matches staging/],
    ['a bare test_ key is used in staging', { 'api-key': 'test_abcdef123456', environment: 'staging' }, {}, 'pass', /API key test_… .*matches staging/],
    ['no key is set', {}, {}, 'fail', /^No API key: neither the api-key input nor MONCRENEAU_API_KEY is set$/],
    ['a test key is used in production', { 'api-key': TEST }, {}, 'fail', /^TEST key in production: mk_test_… \(from input api-key\)$/],
    ['a bare test_ key is used in production', { 'api-key': 'test_abcdef123456' }, {}, 'fail', /^TEST key in production: test_…/],
    ['a live key is used in staging', { 'api-key': LIVE, environment: 'staging' }, {}, 'fail', /^LIVE key in staging: mk_live_…/],
    ['a bare live_ key is used in staging', { 'api-key': 'live_abcdef123456', environment: 'staging' }, {}, 'fail', /^LIVE key in staging: live_…/],
    ['the key has an unknown prefix', { 'api-key': 'sk_abcdef123456' }, {}, 'warn', /^API key kind unknown: a key with an unrecognised prefix/],
    ['the key prefix is upper-case', { 'api-key': 'MK_LIVE_abcdef123456' }, {}, 'warn', /^API key kind unknown/],
    ['the key has a trailing newline', { 'api-key': `${LIVE}\n` }, {}, 'fail', /^The API key has spaces or line breaks around it$/]
  ])('when %s then the key finding is %s', (_label, inputs, env, status, text) => {
    const findings = apiKeyFindings(settingsFrom(inputs, env));
    const worstFinding = findings.find((f) => f.status === status);
    expect(worstFinding).toBeDefined();
    expect(worstFinding!.text).toMatch(text);
    if (status !== 'pass') expect(worstFinding!.hint).toEqual(expect.any(String));
    if (status === 'pass') expect(findings.every((f) => f.status === 'pass')).toBe(true);
  });

  it('when a test key is in production then the check fails with "TEST key in production" and a hint', async () => {
    const out = await configOutcome({ 'api-key': TEST, checks: 'config' });
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('TEST key in production');
    expect(out.details).toContain('❌ TEST key in production: mk_test_… (from input api-key)');
    expect(out.hints.join(' ')).toMatch(/mk_live_/);
  });

  it('when an unknown-prefix key is the only problem then the check warns', async () => {
    const out = await configOutcome({ 'api-key': 'sk_abcdef123456', checks: 'config' });
    expect(out.status).toBe('warn');
    expect(out.summary).toBe('1 problem: API key kind unknown: a key with an unrecognised prefix (from input api-key)');
  });

  it.each([
    ['a live key', LIVE, 'production'],
    ['a test key in production', TEST, 'production'],
    ['a live key in staging', LIVE, 'staging'],
    ['an unknown key', 'sk_live_SHOULDNOTSHOW123', 'production'],
    ['a key with whitespace', ` ${LIVE} `, 'production']
  ])('when the key is %s then only its prefix is ever shown', async (_label, key, environment) => {
    const out = await configOutcome({ 'api-key': key, environment, checks: 'config' });
    const text = visible(out);
    const rest = key.trim().replace(/^(mk_live_|mk_test_|live_|test_)/, '');
    expect(text).not.toContain(rest);
    expect(text).not.toContain(rest.slice(0, 6));
  });
});

describe('config: api-url', () => {
  it.each<[string, string, 'production' | 'staging', 'pass' | 'fail', RegExp]>([
    ['the default production URL', '', 'production', 'pass', /^api-url https:\/\/mc-prd\.duckdns\.org\/api\/v1 \(default\)$/],
    ['an https URL', 'https://api.example.com/api/v1', 'production', 'pass', /^api-url https:\/\/api\.example\.com\/api\/v1 \(from input api-url\)$/],
    ['http to localhost in staging', 'http://localhost:8080/api/v1', 'staging', 'pass', /^api-url http:\/\/localhost:8080/],
    ['http to 127.0.0.1 in staging', 'http://127.0.0.1:9000/api/v1', 'staging', 'pass', /^api-url http:\/\/127\.0\.0\.1:9000/],
    ['http to [::1] in staging', 'http://[::1]:9000/api/v1', 'staging', 'pass', /^api-url http:\/\/\[::1\]:9000/],
    ['http to localhost in production', 'http://localhost:8080/api/v1', 'production', 'fail', /^api-url uses plain http/],
    ['http to a public host in staging', 'http://api.example.com/api/v1', 'staging', 'fail', /^api-url uses plain http/],
    ['http to a lookalike of localhost in staging', 'http://localhost.evil.example/api', 'staging', 'fail', /^api-url uses plain http/],
    ['a relative URL', '/api/v1', 'production', 'fail', /^api-url is not an absolute URL$/],
    ['a host without a scheme', 'mc-prd.duckdns.org/api/v1', 'production', 'fail', /^api-url is not an absolute URL$/],
    ['an ftp URL', 'ftp://api.example.com/', 'production', 'fail', /^api-url uses the unsupported scheme ftp$/],
    ['an unresolved placeholder', '{{API_BASE_URL}}/api/v1', 'production', 'fail', /^api-url still contains the unresolved placeholder \{\{API_BASE_URL\}\}$/],
    ['a placeholder inside an https URL', 'https://{{API_HOST}}/api/v1', 'staging', 'fail', /unresolved placeholder \{\{API_HOST\}\}/],
    ['credentials in the URL', 'https://user:hunter2@api.example.com/api/v1', 'production', 'fail', /^api-url contains credentials before the host$/],
    ['a query string', 'https://api.example.com/api/v1?key=abc', 'production', 'fail', /^api-url has a query or fragment$/],
    ['a fragment', 'https://api.example.com/api/v1#x', 'production', 'fail', /^api-url has a query or fragment$/]
  ])('when api-url is %s then it is %s', (_label, url, environment, status, text) => {
    const findings = apiUrlFindings(settingsFrom({ 'api-url': url, environment }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe(status);
    expect(findings[0]!.text).toMatch(text);
    if (status === 'fail') expect(findings[0]!.hint).toEqual(expect.any(String));
  });

  it('when api-url comes from MONCRENEAU_API_URL then the finding says so', () => {
    const [finding] = apiUrlFindings(settingsFrom({}, { MONCRENEAU_API_URL: 'https://env.example/api/v1' }));
    expect(finding!.text).toBe('api-url https://env.example/api/v1 (from MONCRENEAU_API_URL)');
  });

  it.each([
    ['credentials', 'https://user:pa55w0rdXYZ@api.example.com/api/v1', 'pa55w0rdXYZ'],
    ['a query', 'https://api.example.com/api/v1?token=t0kenQRS', 't0kenQRS'],
    ['plain http with a query', 'http://api.example.com/api/v1?token=t0kenQRS', 't0kenQRS']
  ])('when api-url carries %s then the value never appears in the outcome', async (_label, url, secretPart) => {
    const out = await configOutcome({ 'api-key': LIVE, 'api-url': url, checks: 'config' });
    expect(out.status).toBe('fail');
    expect(visible(out)).not.toContain(secretPart);
  });
});

describe('config: webhook-url and webhook-secret', () => {
  it.each<[string, Record<string, string>, Record<string, string>, 'pass' | 'fail', string[]]>([
    ['webhook is not selected and nothing is set', { checks: 'config,api' }, {}, 'pass', []],
    ['webhook is not selected and the URL is bad', { checks: 'config', 'webhook-url': 'http://x.example' }, {}, 'pass', []],
    ['webhook is selected and both are set', { checks: 'config,webhook', ...WEBHOOK }, {}, 'pass', ['pass', 'pass']],
    [
      'webhook is selected and both come from the env',
      { checks: 'webhook' },
      { MONCRENEAU_WEBHOOK_URL: WEBHOOK['webhook-url'], MONCRENEAU_WEBHOOK_SECRET: 'whsec_x0123456789' },
      'pass',
      ['pass', 'pass']
    ],
    ['webhook is selected and the URL is missing', { checks: 'webhook', 'webhook-secret': 'whsec_x0123456789' }, {}, 'fail', ['fail', 'pass']],
    ['webhook is selected and the secret is missing', { checks: 'webhook', 'webhook-url': WEBHOOK['webhook-url'] }, {}, 'fail', ['pass', 'fail']],
    ['webhook is selected and both are missing', { checks: 'webhook' }, {}, 'fail', ['fail', 'fail']],
    [
      'webhook is selected and the URL is plain http in production',
      { checks: 'webhook', ...WEBHOOK, 'webhook-url': 'http://app.example/hook' },
      {},
      'fail',
      ['fail', 'pass']
    ],
    [
      'webhook is selected and the URL is http://localhost in staging',
      { checks: 'webhook', ...WEBHOOK, environment: 'staging', 'webhook-url': 'http://localhost:3000/hook' },
      {},
      'pass',
      ['pass', 'pass']
    ],
    [
      'webhook is selected and the URL has a placeholder',
      { checks: 'webhook', ...WEBHOOK, 'webhook-url': 'https://{{APP_HOST}}/hook' },
      {},
      'fail',
      ['fail', 'pass']
    ]
  ])('when %s then the webhook findings are %s', (_label, inputs, env, status, statuses) => {
    const findings = webhookFindings(settingsFrom(inputs, env));
    expect(findings.map((f) => f.status)).toEqual(statuses);
    expect(findings.some((f) => f.status === 'fail')).toBe(status === 'fail');
    for (const f of findings) if (f.status === 'fail') expect(f.hint).toEqual(expect.any(String));
  });

  it('when the URL and the secret are both missing then there are two detail lines and two hints', async () => {
    const out = await configOutcome({ 'api-key': LIVE, checks: 'config,webhook' });
    expect(out.status).toBe('fail');
    expect(out.details.filter((d) => d.startsWith('❌'))).toEqual([
      '❌ No webhook-url: the webhook check needs the application’s webhook endpoint',
      '❌ No webhook-secret: signed test events cannot be sent'
    ]);
    expect(out.hints).toHaveLength(2);
    expect(out.summary).toMatch(/^2 problems: /);
  });

  it('when the webhook secret is set then it is never shown, only that it is set', async () => {
    const secret = 'whsec_DISTINCTIVE_value_123';
    const out = await configOutcome({
      'api-key': LIVE,
      checks: 'webhook',
      'webhook-url': 'https://app.example/hook?sig=whsec_DISTINCTIVE_value_123',
      'webhook-secret': secret
    });
    expect(out.details).toContain('✅ webhook-secret set (from input webhook-secret)');
    expect(visible(out)).not.toContain(secret);
    expect(visible(out)).not.toContain('DISTINCTIVE');
  });
});

describe('config: require-env', () => {
  it.each<[string, string, Record<string, string>, string[]]>([
    ['every name is set', 'DB_URL SENTRY_DSN', { DB_URL: 'postgres://x', SENTRY_DSN: 'https://y' }, ['pass']],
    ['one name is unset', 'DB_URL', {}, ['fail']],
    ['one name is empty', 'DB_URL', { DB_URL: '' }, ['fail']],
    ['one name is only spaces', 'DB_URL', { DB_URL: '   ' }, ['fail']],
    ['one is unset and one is empty', 'A_VAR,B_VAR,C_VAR', { B_VAR: '', C_VAR: 'ok' }, ['fail', 'fail']]
  ])('when %s then the findings are %j', (_label, names, env, statuses) => {
    const findings = requiredEnvFindings(settingsFrom({ 'require-env': names }), env);
    expect(findings.map((f) => f.status)).toEqual(statuses);
  });

  it('when nothing is required then there is no finding', () => {
    expect(requiredEnvFindings(settingsFrom(), {})).toEqual([]);
  });

  it('when one variable is unset and one is empty then each is its own detail line with a hint', async () => {
    const out = await configOutcome({ 'api-key': LIVE, checks: 'config', 'require-env': 'MISSING_ONE, EMPTY_ONE, SET_ONE' }, { EMPTY_ONE: '', SET_ONE: 'v' });
    expect(out.status).toBe('fail');
    expect(out.details).toContain('❌ Required variable MISSING_ONE is not set');
    expect(out.details).toContain('❌ Required variable EMPTY_ONE is empty');
    expect(out.details.some((d) => d.includes('SET_ONE'))).toBe(false);
    expect(out.hints).toHaveLength(2);
    expect(out.hints[0]).toContain('MISSING_ONE');
    expect(out.hints[1]).toContain('EMPTY_ONE');
  });

  it('when every required variable is set then one pass line lists them', async () => {
    const out = await configOutcome({ 'api-key': LIVE, checks: 'config', 'require-env': 'A_VAR B_VAR' }, { A_VAR: '1', B_VAR: '2' });
    expect(out.status).toBe('pass');
    expect(out.details).toContain('✅ 2 required variable(s) set: A_VAR, B_VAR');
  });
});

describe('config: folding findings into the outcome', () => {
  it('when several things are wrong then each is a separate detail line, each problem with its hint', async () => {
    const out = await configOutcome({ 'api-key': TEST, 'api-url': 'http://api.example.com/api/v1', checks: 'config,webhook', 'require-env': 'NEEDED' }, {});
    expect(out.status).toBe('fail');
    const problems = out.details.filter((d) => !d.startsWith('✅'));
    expect(problems).toEqual([
      '❌ TEST key in production: mk_test_… (from input api-key)',
      '❌ api-url uses plain http (http://api.example.com/api/v1)',
      '❌ No webhook-url: the webhook check needs the application’s webhook endpoint',
      '❌ No webhook-secret: signed test events cannot be sent',
      '❌ Required variable NEEDED is not set'
    ]);
    expect(out.hints).toHaveLength(problems.length);
    expect(new Set(out.hints).size).toBe(problems.length);
    expect(out.summary).toMatch(/^5 problems: TEST key in production/);
    expect(out.data).toEqual({ problems: 5 });
  });

  it('when everything is right then it passes with every finding shown as a pass line', async () => {
    const out = await configOutcome({ 'api-key': LIVE, checks: 'config,webhook', ...WEBHOOK });
    expect(out).toMatchObject({ status: 'pass', summary: 'configuration present and consistent', hints: [], data: { problems: 0 } });
    expect(out.details.length).toBeGreaterThanOrEqual(4);
    expect(out.details.every((d) => d.startsWith('✅ '))).toBe(true);
  });

  it.each<[string, ('pass' | 'warn' | 'fail')[], string]>([
    ['nothing', [], 'pass'],
    ['passes only', ['pass', 'pass'], 'pass'],
    ['a warning', ['pass', 'warn'], 'warn'],
    ['a warning and a failure', ['warn', 'fail', 'pass'], 'fail']
  ])('when judging %s then the status is %s', (_label, statuses, expected) => {
    const out = judgeConfig(statuses.map((status, i) => ({ status, text: `finding ${i}`, hint: status === 'pass' ? undefined : `hint ${i}` })));
    expect(out.status).toBe(expected);
    expect(out.details).toHaveLength(statuses.length);
    expect(out.hints).toHaveLength(statuses.filter((s) => s !== 'pass').length);
  });

  it('when the check is described then its id and title are config / Configuration', () => {
    expect(configCheck.id).toBe('config');
    expect(configCheck.title).toBe('Configuration');
  });
});

describe('config: a webhook secret pasted with a line break', () => {
  it('fails, since signatures made with it would not match MONCRENEAU’s', () => {
    const findings = webhookFindings(
      settingsFrom({ checks: 'config,webhook', 'webhook-url': 'https://app.example/hook', 'webhook-secret': 'whsec_0123456789abcdef\n' })
    );
    expect(findings.find((f) => f.status === 'fail')?.text).toBe('The webhook secret has spaces or line breaks around it');
  });
});
