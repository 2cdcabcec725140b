/**
 * The `config` check: is the configuration present and sane for this environment? Pure: it
 * reads only the settings and the environment. The key and api-url rules are the domain's,
 * shared with smoke and watch; the webhook and require-env rules are preflight's own.
 */
import { apiKeyFindings, apiUrlFindings, judgeConfig, ok, refused, refusedSentence, sourceOf, type Finding } from '../domain/findings.js';
import { paddedRefusal } from '../domain/secrets.js';
import { checkServiceUrl, displayUrl } from '../domain/urls.js';
import type { Settings } from '../settings/settings.js';
import type { Check } from '../engine/check.js';
import { CHECK_TITLES } from '../settings/check-ids.js';

export function webhookFindings(settings: Settings): Finding[] {
  if (!settings.checks.includes('webhook')) return [];
  const findings: Finding[] = [];
  if (settings.webhookUrl === '') {
    findings.push({
      status: 'fail',
      text: 'No webhook-url: the webhook check needs the application’s webhook endpoint',
      hint: 'Set webhook-url (or MONCRENEAU_WEBHOOK_URL) to the URL registered in Dashboard > Webhooks, or drop webhook from checks.'
    });
  } else {
    const checked = checkServiceUrl(settings.webhookUrl, 'webhook-url', settings.environment);
    findings.push(checked.ok ? ok(`webhook-url ${displayUrl(checked.url)} (${sourceOf(settings, 'webhook-url')})`) : refused(checked));
  }
  const padded = paddedRefusal('webhook-secret', settings.webhookSecret);
  if (settings.webhookSecret === '') {
    findings.push({
      status: 'fail',
      text: 'No webhook-secret: signed test events cannot be sent',
      hint: 'Pass webhook-secret: ${{ secrets.MONCRENEAU_WEBHOOK_SECRET }} (or set MONCRENEAU_WEBHOOK_SECRET): the production secret from Dashboard > Webhooks.'
    });
  } else if (padded) {
    findings.push(refusedSentence(padded));
  } else {
    findings.push(ok(`webhook-secret set (${sourceOf(settings, 'webhook-secret')})`));
  }
  return findings;
}

export function requiredEnvFindings(settings: Settings, env: Readonly<Record<string, string | undefined>>): Finding[] {
  if (settings.requireEnv.length === 0) return [];
  const missing = settings.requireEnv.filter((name) => (env[name] ?? '').trim() === '');
  if (missing.length === 0) return [ok(`${settings.requireEnv.length} required variable(s) set: ${settings.requireEnv.join(', ')}`)];
  return missing.map((name) => ({
    status: 'fail' as const,
    text: `Required variable ${name} is ${name in env ? 'empty' : 'not set'}`,
    hint: `Set ${name} in the step's env (listed in require-env), e.g. from a repository or environment secret.`
  }));
}

export const configCheck: Check = {
  id: 'config',
  title: CHECK_TITLES.config,
  run: async ({ settings, requiredVariables }) =>
    judgeConfig([...apiKeyFindings(settings), ...apiUrlFindings(settings), ...webhookFindings(settings), ...requiredEnvFindings(settings, requiredVariables)])
};
