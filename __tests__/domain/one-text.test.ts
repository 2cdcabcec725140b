/**
 * One text per refusal: what the config row says of a key or secret and what an API or webhook
 * check says when it refuses to send it are the same words, with the same hint.
 */
import { describe, expect, it } from '@jest/globals';
import { configCheck } from '../../src/checks/config.js';
import { webhookCheck } from '../../src/checks/webhook.js';
import { apiClientFor } from '../../src/domain/api-access.js';
import type { CheckOutcome } from '../../src/engine/check.js';
import { contextFor } from '../helpers/check-context.js';

const LIVE = 'mk_live_9fQ2xZ7pLw3RtY8uV1bN';
const TEST = 'mk_test_4kD8sH2jM6nB0vC5xZ1a';
const SECRET = 'whsec_0123456789abcdef';
const WEBHOOK = { checks: 'config,webhook', 'webhook-url': 'https://app.example/webhooks/moncreneau' };

const refusalOf = (inputs: Record<string, string>): CheckOutcome => {
  const ctx = contextFor(inputs);
  const access = apiClientFor(ctx.settings, { time: ctx.time });
  if (access.ok) throw new Error('expected a refusal');
  return access.outcome;
};

describe('one text per refusal', () => {
  it.each<[string, Record<string, string>, string]>([
    ['a test key in production', { 'api-key': TEST }, 'TEST key in production'],
    ['a live key in staging', { 'api-key': LIVE, environment: 'staging' }, 'LIVE key in staging'],
    ['a padded key', { 'api-key': `${LIVE}\n` }, 'the API key has spaces or line breaks around it']
  ])('when the key is %s then the config row and the refusal to send it say the same', async (_label, inputs, problem) => {
    const config = await configCheck.run(contextFor(inputs));
    const refusal = refusalOf(inputs);
    expect(refusal.summary.startsWith(`not run: ${problem}`)).toBe(true);
    expect(config.summary.toLowerCase()).toContain(problem.toLowerCase());
    expect(refusal.hints).toHaveLength(1);
    expect(config.hints).toContain(refusal.hints[0]);
  });

  it('when the webhook secret is padded then the config row and the webhook check say the same', async () => {
    const inputs = { ...WEBHOOK, 'api-key': LIVE, 'webhook-secret': `${SECRET}\n` };
    const config = await configCheck.run(contextFor(inputs));
    const webhook = await webhookCheck.run(contextFor(inputs));
    expect(webhook.summary).toBe('not run: the webhook secret has spaces or line breaks around it');
    expect(config.details).toContain('❌ The webhook secret has spaces or line breaks around it');
    expect(webhook.hints).toHaveLength(1);
    expect(config.hints).toContain(webhook.hints[0]);
  });
});
