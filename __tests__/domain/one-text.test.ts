/**
 * One text per refusal: what the config row says of a key, a secret or a URL and what an API
 * or webhook check says when it refuses to send it are the same words, with the same hint. A
 * second wording anywhere makes a pair below differ.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configCheck } from '../../src/checks/config.js';
import { webhookCheck } from '../../src/checks/webhook.js';
import { apiClientFor } from '../../src/domain/api-access.js';
import { keyKindRefusal } from '../../src/domain/api-key.js';
import { missingInput } from '../../src/domain/missing-inputs.js';
import { paddedProblem, paddedRefusal } from '../../src/domain/secrets.js';
import type { CheckOutcome } from '../../src/engine/check.js';
import type { GateIO } from '../../src/io/gate-io.js';
import { postPullRequestComment } from '../../src/io/github-comment.js';
import { makeRedactor } from '../../src/redact.js';
import type { Annotation } from '../../src/report/run-report.js';
import { contextFor } from '../helpers/check-context.js';

const LIVE = 'mk_live_9fQ2xZ7pLw3RtY8uV1bN';
const TEST = 'mk_test_4kD8sH2jM6nB0vC5xZ1a';
const SECRET = 'whsec_0123456789abcdef';
const HOOK = 'https://app.example/webhooks/moncreneau';
const WEBHOOK = { checks: 'config,webhook', 'api-key': LIVE, 'webhook-url': HOOK, 'webhook-secret': SECRET };

const apiRefusalOf = (inputs: Record<string, string>): CheckOutcome => {
  const ctx = contextFor(inputs);
  const access = apiClientFor(ctx.settings, { time: ctx.time });
  if (access.ok) throw new Error('expected a refusal');
  return access.outcome;
};

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The refusal names `problem` after "not run: ", the config row starts a failed line with it, and both give the one hint. */
async function expectOneText(inputs: Record<string, string>, refusal: CheckOutcome, problem: string): Promise<string> {
  const config = await configCheck.run(contextFor(inputs));
  expect(refusal.summary.startsWith(`not run: ${problem}`)).toBe(true);
  // A sentence starts with a capital ("The API key has…"), an input's name does not ("api-url uses…").
  expect(config.details.some((line) => [problem, capitalised(problem)].some((p) => line.startsWith(`❌ ${p}`)))).toBe(true);
  expect(refusal.hints).toHaveLength(1);
  expect(config.hints).toContain(refusal.hints[0]);
  return refusal.hints[0]!;
}

describe('one text per refusal to send the key', () => {
  it.each<[string, Record<string, string>, string]>([
    ['a test key in production', { 'api-key': TEST }, 'TEST key in production'],
    ['a live key in staging', { 'api-key': LIVE, environment: 'staging' }, 'LIVE key in staging'],
    ['a padded key', { 'api-key': `${LIVE}\n` }, 'the API key has spaces or line breaks around it'],
    ['no key in production', {}, 'no API key'],
    ['no key in staging', { environment: 'staging' }, 'no API key'],
    ['an api-url over plain http in production', { 'api-key': LIVE, 'api-url': 'http://api.example/api/v1' }, 'api-url uses plain http'],
    ['an api-url over plain http in staging', { 'api-key': TEST, environment: 'staging', 'api-url': 'http://api.example/api/v1' }, 'api-url uses plain http'],
    ['an api-url with a placeholder', { 'api-key': LIVE, 'api-url': '{{API_BASE_URL}}/api/v1' }, 'api-url still contains the unresolved placeholder'],
    ['an api-url with credentials', { 'api-key': LIVE, 'api-url': 'https://u:p@api.example/api/v1' }, 'api-url contains credentials'],
    ['an api-url that is not a URL', { 'api-key': LIVE, 'api-url': 'api.example/api/v1' }, 'api-url is not an absolute URL'],
    ['an api-url with a query', { 'api-key': LIVE, 'api-url': 'https://api.example/api/v1?x=1' }, 'api-url has a query or fragment']
  ])('when there is %s then the config row and the refusal to send the key say the same', async (_label, inputs, problem) => {
    await expectOneText(inputs, apiRefusalOf(inputs), problem);
  });

  it.each<[string, string]>([
    ['production', 'mk_live_'],
    ['staging', 'mk_test_']
  ])('when no key is given in %s then the one hint names that environment and its key', async (environment, prefix) => {
    const hint = await expectOneText({ environment }, apiRefusalOf({ environment }), 'no API key');
    expect(hint).toContain(`from your ${environment} secrets`);
    expect(hint).toContain(prefix);
    expect(hint).not.toContain(environment === 'production' ? 'staging' : 'production');
  });
});

describe('one text per refusal to send a signed event', () => {
  it.each<[string, Record<string, string>, string]>([
    ['no webhook-url', { 'webhook-url': '' }, 'no webhook-url'],
    ['no webhook-secret', { 'webhook-secret': '' }, 'no webhook-secret'],
    ['a padded webhook secret', { 'webhook-secret': `${SECRET}\n` }, 'the webhook secret has spaces or line breaks around it'],
    ['a webhook-url over plain http', { 'webhook-url': 'http://app.example/hook' }, 'webhook-url uses plain http'],
    ['a webhook-url with a placeholder', { 'webhook-url': '{{APP_URL}}/hook' }, 'webhook-url still contains the unresolved placeholder'],
    ['a webhook-url with credentials', { 'webhook-url': 'https://u:p@app.example/hook' }, 'webhook-url contains credentials']
  ])('when there is %s then the config row and the webhook check say the same', async (_label, override, problem) => {
    const inputs = { ...WEBHOOK, ...override };
    await expectOneText(inputs, await webhookCheck.run(contextFor(inputs)), problem);
  });

  it.each(['production', 'staging'])('when the webhook URL and secret are missing in %s then the hints name its dashboard tab', async (environment) => {
    const other = environment === 'production' ? 'staging' : 'production';
    for (const missing of ['webhook-url', 'webhook-secret']) {
      const inputs = { ...WEBHOOK, environment, 'api-key': environment === 'production' ? LIVE : TEST, [missing]: '' };
      const hint = await expectOneText(inputs, await webhookCheck.run(contextFor(inputs)), `no ${missing}`);
      expect(hint).toContain(`Dashboard > Webhooks > ${capitalised(environment)}`);
      expect(hint.toLowerCase()).not.toContain(other);
    }
  });
});

describe('one wording for a padded secret, the GitHub token included', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gate-one-text-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when github-token is padded then the comment is refused in the words of the padded key and secret', async () => {
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 12 } }));
    const annotations: Annotation[] = [];
    const io = { annotate: (a: Annotation) => annotations.push(a), info: () => {} } as unknown as GateIO;
    const token = 'ghs_UNITtoken_4Fq8Wz1Lp6Rm3Xc9';
    const settings = { enabled: true, token: `${token}\n`, redact: makeRedactor([token]), deadline: performance.now() + 60_000 };
    const github = {
      eventName: 'pull_request',
      eventPath,
      repository: 'acme/shop',
      job: undefined,
      serverUrl: undefined,
      runId: '77',
      apiUrl: 'http://127.0.0.1:9'
    };
    const connect = async (): Promise<never> => {
      throw new Error('a padded token must not reach GitHub');
    };
    await postPullRequestComment(settings, { markdown: '## gate', environment: 'production', mode: 'preflight' }, github, io, connect);

    expect(annotations).toHaveLength(1);
    expect(annotations[0]!.message).toContain(paddedProblem('github-token'));
    expect(apiRefusalOf({ 'api-key': `${LIVE}\n` }).summary).toBe(`not run: ${paddedProblem('the API key')}`);
    const webhook = await webhookCheck.run(contextFor({ ...WEBHOOK, 'webhook-secret': `${SECRET}\n` }));
    expect(webhook.summary).toBe(`not run: ${paddedProblem('the webhook secret')}`);
  });
});

describe('the README quotes these refusals as the gate words them', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const troubleshooting = readme.slice(readme.indexOf('\n## Troubleshooting\n')).split(/\n## /)[1]!;

  it.each<[string, string]>([
    ['a test key in production', keyKindRefusal('test', 'production')!.problem],
    ['a live key in staging', keyKindRefusal('live', 'staging')!.problem],
    ['a padded key', capitalised(paddedRefusal('api-key', ' k')!.problem)],
    ['a padded webhook secret', capitalised(paddedRefusal('webhook-secret', ' k')!.problem)],
    ['no key, in the config row', capitalised(missingInput('api-key', 'production').problem)],
    ['no key, in a check', `not run: ${missingInput('api-key', 'production').problem}`],
    ['no webhook-url', `not run: ${missingInput('webhook-url', 'production').problem}`],
    ['no webhook-secret', missingInput('webhook-secret', 'production').problem],
    ['a padded github-token', `Could not comment on pull request #N: ${paddedProblem('github-token')}`]
  ])('when the gate refuses %s then the troubleshooting table quotes its words', (_label, quoted) => {
    expect(troubleshooting).toContain(`\`${quoted}\``);
  });
});
