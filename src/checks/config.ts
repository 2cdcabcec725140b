/**
 * The `config` check: is the configuration present and sane for this environment? Pure: it
 * reads only the settings and the environment, so each rule is one small function.
 */
import { describeKey, keyInfo } from '../domain/api-key.js';
import { checkApiUrl, checkServiceUrl, displayUrl } from '../domain/urls.js';
import { fallbackVariable, type InputName } from '../settings/inputs.js';
import type { Settings } from '../settings/settings.js';
import { worst, type Check, type CheckOutcome, type CheckStatus } from '../engine/check.js';
import { CHECK_TITLES } from '../settings/check-ids.js';

/** One rule's verdict: a detail line, and a hint when something is wrong. */
export interface Finding {
  status: Exclude<CheckStatus, 'skip'>;
  text: string;
  hint?: string;
}

const ok = (text: string): Finding => ({ status: 'pass', text });

function sourceOf(settings: Settings, name: InputName): string {
  const source = settings.sources[name];
  if (source === 'env') return `from ${fallbackVariable(name)}`;
  if (source === 'default') return 'default';
  return `from input ${name}`;
}

export function apiKeyFindings(settings: Settings): Finding[] {
  const key = settings.apiKey;
  if (key.trim() === '') {
    return [
      {
        status: 'fail',
        text: 'No API key: neither the api-key input nor MONCRENEAU_API_KEY is set',
        hint: 'Pass api-key: ${{ secrets.MONCRENEAU_API_KEY }} (or set MONCRENEAU_API_KEY) from your production secrets.'
      }
    ];
  }
  const findings: Finding[] = [];
  if (key !== key.trim()) {
    findings.push({
      status: 'fail',
      text: 'The API key has spaces or line breaks around it',
      hint: 'Store the key without surrounding whitespace; the API compares it exactly.'
    });
  }
  const info = keyInfo(key.trim());
  const shown = `${describeKey(key.trim())} (${sourceOf(settings, 'api-key')})`;
  if (info.kind === 'test' && settings.environment === 'production') {
    findings.push({
      status: 'fail',
      text: `TEST key in production: ${shown}`,
      hint: 'Use the production key (mk_live_…) from Settings > API > Production; a test key cannot see production data.'
    });
  } else if (info.kind === 'live' && settings.environment === 'staging') {
    findings.push({
      status: 'fail',
      text: `LIVE key in staging: ${shown}`,
      hint: 'Use a test key (mk_test_…) in staging: a live key books real appointments and consumes real credits.'
    });
  } else if (info.kind === 'unknown') {
    findings.push({
      status: 'warn',
      text: `API key kind unknown: ${shown}`,
      hint: 'MONCRENEAU keys start with mk_live_ (production) or mk_test_ (test); check that this secret holds an API key.'
    });
  } else {
    findings.push(ok(`API key ${shown} matches ${settings.environment}`));
  }
  return findings;
}

export function apiUrlFindings(settings: Settings): Finding[] {
  const checked = checkApiUrl(settings.apiUrl, settings.environment);
  if (!checked.ok) return [{ status: 'fail', text: checked.problem, hint: checked.hint }];
  const endpoint = /\/(appointments|departments|organizations(\/me)?)\/?$/.exec(checked.url.pathname);
  if (endpoint) {
    return [
      {
        status: 'fail',
        text: `api-url ends with the endpoint /${endpoint[1]} (${displayUrl(checked.url)})`,
        hint: 'Give api-url as the base URL only, e.g. https://mc-prd.duckdns.org/api/v1: every path is appended to it.'
      }
    ];
  }
  return [ok(`api-url ${displayUrl(checked.url)} (${sourceOf(settings, 'api-url')})`)];
}

/** A URL the gate will call, judged by the same rules as api-url; nothing when not given. */
export function serviceUrlFinding(raw: string, input: string, environment: Settings['environment']): Finding[] {
  if (!raw) return [];
  const checked = checkServiceUrl(raw, input, environment);
  return [checked.ok ? ok(`${input} ${displayUrl(checked.url)}`) : { status: 'fail', text: checked.problem, hint: checked.hint }];
}

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
    findings.push(
      checked.ok
        ? ok(`webhook-url ${displayUrl(checked.url)} (${sourceOf(settings, 'webhook-url')})`)
        : { status: 'fail', text: checked.problem, hint: checked.hint }
    );
  }
  if (settings.webhookSecret === '') {
    findings.push({
      status: 'fail',
      text: 'No webhook-secret: signed test events cannot be sent',
      hint: 'Pass webhook-secret: ${{ secrets.MONCRENEAU_WEBHOOK_SECRET }} (or set MONCRENEAU_WEBHOOK_SECRET): the production secret from Dashboard > Webhooks.'
    });
  } else if (settings.webhookSecret !== settings.webhookSecret.trim()) {
    findings.push({
      status: 'fail',
      text: 'The webhook secret has spaces or line breaks around it',
      hint: 'Store the secret exactly as the dashboard shows it (no trailing newline): MONCRENEAU signs with that value, so signatures made with this one would not match.'
    });
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

/** Folds the findings into the check's outcome: the worst status, problems first in the summary. */
export function judgeConfig(findings: readonly Finding[]): CheckOutcome {
  const status = findings.reduce<CheckStatus>((acc, f) => worst(acc, f.status), 'pass');
  const problems = findings.filter((f) => f.status !== 'pass');
  const summary =
    problems.length === 0
      ? 'configuration present and consistent'
      : `${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.map((p) => p.text).join('; ')}`;
  return {
    status,
    summary,
    details: findings.map((f) => `${f.status === 'pass' ? '✅' : f.status === 'warn' ? '⚠️' : '❌'} ${f.text}`),
    hints: problems.flatMap((p) => (p.hint ? [p.hint] : [])),
    data: { problems: problems.length }
  };
}

export const configCheck: Check = {
  id: 'config',
  title: CHECK_TITLES.config,
  run: async ({ settings, requiredVariables }) =>
    judgeConfig([
      ...apiKeyFindings(settings),
      ...apiUrlFindings(settings),
      ...webhookFindings(settings),
      ...requiredEnvFindings(settings, requiredVariables)
    ])
};
