/**
 * The configuration rules every mode states first, as findings: the API key and api-url in
 * preflight's config check, and before smoke books or watch samples anything. Pure: the
 * settings in, one verdict per rule out, folded into the config row by `judgeConfig`.
 */
import { describeKey, keyInfo, keyKindRefusal } from './api-key.js';
import { missingInput, type MissingInput } from './missing-inputs.js';
import type { Refusal } from './refusal.js';
import { paddedRefusal } from './secrets.js';
import { apiUrlEndpointRefusal, checkApiUrl, checkServiceUrl, displayUrl, type Environment } from './urls.js';
import { worst, type CheckOutcome, type CheckStatus } from '../engine/check.js';
import { fallbackVariable, type InputName } from '../settings/inputs.js';
import type { Settings } from '../settings/settings.js';

/** One rule's verdict: a detail line, and a hint when something is wrong. */
export interface Finding {
  status: Exclude<CheckStatus, 'skip'>;
  text: string;
  hint?: string;
}

export const ok = (text: string): Finding => ({ status: 'pass', text });

/** A refusal as the config row states it. */
export const refused = (refusal: Refusal, shown = ''): Finding => ({ status: 'fail', text: `${refusal.problem}${shown}`, hint: refusal.hint });

/** A refusal that starts a row's line: "The API key has…". */
export const refusedSentence = (refusal: Refusal, shown = ''): Finding =>
  refused({ ...refusal, problem: `${refusal.problem.charAt(0).toUpperCase()}${refusal.problem.slice(1)}` }, shown);

/** A missing input as the row states it: "No API key: neither … is set". */
export const missing = (input: MissingInput): Finding => refusedSentence(input, `: ${input.why}`);

/** Where an input's value came from, in the row: "from input api-key", "from MONCRENEAU_API_KEY". */
export function sourceOf(settings: Settings, name: InputName): string {
  const source = settings.sources[name];
  if (source === 'env') return `from ${fallbackVariable(name)}`;
  if (source === 'default') return 'default';
  return `from input ${name}`;
}

export function apiKeyFindings(settings: Settings): Finding[] {
  const key = settings.apiKey;
  if (key.trim() === '') return [missing(missingInput('api-key', settings.environment))];
  const findings: Finding[] = [];
  const padded = paddedRefusal('api-key', key);
  if (padded) findings.push(refusedSentence(padded));
  // The kind is judged on the key without its padding, so a padded test key is told as both.
  const info = keyInfo(key.trim());
  const shown = `${describeKey(key.trim())} (${sourceOf(settings, 'api-key')})`;
  const wrongKind = keyKindRefusal(info.kind, settings.environment);
  if (wrongKind) {
    findings.push(refused(wrongKind, `: ${shown}`));
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
  if (!checked.ok) return [refused(checked)];
  const endpoint = apiUrlEndpointRefusal(checked.url);
  if (endpoint) return [refused(endpoint)];
  return [ok(`api-url ${displayUrl(checked.url)} (${sourceOf(settings, 'api-url')})`)];
}

/** A URL the gate will call, judged by the same rules as api-url; nothing when not given. */
export function serviceUrlFinding(raw: string, input: string, environment: Environment): Finding[] {
  if (!raw) return [];
  const checked = checkServiceUrl(raw, input, environment);
  return [checked.ok ? ok(`${input} ${displayUrl(checked.url)}`) : refused(checked)];
}

/** Folds the findings into the config row: the worst status, problems first in the summary. */
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
