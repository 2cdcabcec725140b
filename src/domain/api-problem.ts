/** What a failed API call means, in words an on-call engineer can act on. Pure. */
import { describeKey } from './api-key.js';
import { displayUrl, joinUrl } from './urls.js';
import type { ApiProblem, ApiResult } from '../http/api-client.js';
import { SERVER_TEXT_LIMITS as LIMITS, serverText } from '../http/server-text.js';
import { makeRedactor, type Redactor } from '../redact.js';
import type { Settings } from '../settings/settings.js';

/** One redactor per run's settings: the server's words are redacted before they are cut. */
const redactors = new WeakMap<Settings, Redactor>();
function redactorOf(settings: Settings): Redactor {
  let redact = redactors.get(settings);
  if (!redact) redactors.set(settings, (redact = makeRedactor([settings.apiKey, settings.webhookSecret, settings.githubToken])));
  return redact;
}

/** Where a redirect points, on the API's own host when relative, with no query or credentials. */
function redirectTarget(location: string, apiUrl: string, redact: Redactor): string {
  try {
    return location ? serverText(displayUrl(new URL(location, apiUrl)), LIMITS.message, redact) : 'another location';
  } catch {
    return 'another location';
  }
}

export interface ProblemText {
  summary: string;
  hints: string[];
}

function rateLimitLine(headers: Record<string, string>, redact: Redactor): string {
  const parts = ['limit', 'remaining', 'reset']
    .map((name) => [name, headers[`x-ratelimit-${name}`]] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
    .map(([name, v]) => `${name} ${serverText(v, LIMITS.header, redact)}`);
  return parts.length > 0 ? ` (X-RateLimit: ${parts.join(', ')})` : '';
}

/** The server's code and message, redacted then cut (again: a result may come from anywhere). */
function serverSays(code: string | undefined, message: string | undefined, redact: Redactor): string {
  const c = code === undefined ? undefined : serverText(code, LIMITS.code, redact);
  const m = message === undefined ? undefined : serverText(message, LIMITS.message, redact);
  if (c && m) return `${c}: ${m}`;
  return c || m || 'no error code in the answer';
}

/** The path as it was requested, base path included, so a doubled /appointments shows. */
function shownPath(requested: string, apiUrl: string): string {
  if (!requested.startsWith('/')) return requested;
  try {
    const url = joinUrl(new URL(apiUrl), requested);
    return `${url.pathname}${url.search}`;
  } catch {
    return requested;
  }
}

/** Explains a failed call to `path` in words an on-call engineer can act on. */
export function describeProblem(result: Extract<ApiResult<unknown>, { ok: false }>, requested: string, settings: Settings): ProblemText {
  const path = shownPath(requested, settings.apiUrl);
  const problem: ApiProblem = result.problem;
  const tries = result.attempts.length > 1 ? ` after ${result.attempts.length} attempts` : '';
  const note = result.note ? ` (${result.note})` : '';
  const key = describeKey(settings.apiKey.trim());
  const redact = redactorOf(settings);
  switch (problem.kind) {
    case 'network':
      return {
        summary: `${path}: ${problem.failure.message}${tries}${note}`,
        hints:
          problem.failure.code === 'ERR_SSL_WRONG_VERSION_NUMBER'
            ? ['That port speaks plain http: give api-url with https and the port that serves TLS.']
            : networkHints(problem.failure.kind)
      };
    case 'redirect': {
      return {
        summary: `${path}: answered ${problem.status}, a redirect to ${redirectTarget(problem.location, settings.apiUrl, redact)}; the gate does not follow redirects with the key`,
        hints: ['Set api-url to the final URL (scheme, host and /api/v1) so no redirect is needed.']
      };
    }
    case 'not-json': {
      const contentType = serverText(problem.contentType, LIMITS.contentType, redact) || 'no content type';
      return {
        summary: problem.looksLikeHtml
          ? `${path}: answered ${problem.status} with an HTML page instead of JSON`
          : problem.reason
            ? `${path}: answered ${problem.status} with a body that cannot be read as JSON: ${problem.reason} (${contentType})`
            : `${path}: answered ${problem.status} with a body that is not JSON (${contentType})`,
        hints: ['Something other than the MONCRENEAU API answered: a proxy, a login or maintenance page, or a wrong api-url. Check api-url ends with /api/v1.']
      };
    }
    case 'unexpected-shape':
      return {
        summary: `${path}: answered ${problem.status} but the JSON is not what was expected (${serverText(problem.issues, LIMITS.message, redact)})`,
        hints: ['Check the path and field inputs point at the right endpoint.']
      };
    case 'status':
      return statusText(problem, path, key, tries + note, result.headers, settings, redact);
  }
}

const KEY_CODES = ['MISSING_API_KEY', 'INVALID_API_KEY', 'EXPIRED_API_KEY', 'INVALID_TOKEN_FORMAT'];

function statusText(
  problem: Extract<ApiProblem, { kind: 'status' }>,
  path: string,
  key: string,
  suffix: string,
  headers: Record<string, string>,
  settings: Settings,
  redact: Redactor
): ProblemText {
  const { status, code } = problem;
  const said = serverSays(code, problem.message, redact);
  // By code as well as status: a gateway may wrap a key error in a 200.
  if (status === 401 || (code !== undefined && KEY_CODES.includes(code))) {
    const hints = [
      `The API rejected the key ${key}: make sure it is the ${settings.environment} key (production and staging keys are separate).`,
      'A revoked or expired key is rejected at once: generate a new one in Settings > API and update the secret.'
    ];
    if (code === 'MISSING_API_KEY') hints.unshift(`The API did not see a key: try auth-scheme: ${settings.authScheme === 'bearer' ? 'x-api-key' : 'bearer'}.`);
    return { summary: `${path}: 401 ${said}`, hints };
  }
  if (status === 403) {
    const required = (problem.details as { required?: unknown } | undefined)?.required;
    const scopes = typeof required === 'string' ? required : Array.isArray(required) ? required.filter((r) => typeof r === 'string').join(', ') : '';
    const scope = scopes ? ` (missing scope ${serverText(scopes, LIMITS.message, redact)})` : '';
    return {
      summary: `${path}: 403 ${said}${scope}`,
      hints: ['Give the key the scopes it needs (at least appointments:read and appointments:create) in Settings > API, or use a key that has them.']
    };
  }
  if (status === 429) {
    return {
      summary: `${path}: rate limited (429 ${said})${suffix}${rateLimitLine(headers, redact)}`,
      hints: ['The key’s request quota is used up (default 1000 requests/hour). Wait for the reset, or find what else is using this key.']
    };
  }
  if (status === 404) {
    return {
      summary: `${path}: 404 ${said}`,
      hints: ['The path does not exist on this API: check api-url (it must end with /api/v1) and the path input.']
    };
  }
  if (status >= 500) {
    return {
      summary: `${path}: the API answered ${status}${suffix} (${said})`,
      hints: ['MONCRENEAU is failing on its side: check its status, and do not promote until it answers.']
    };
  }
  return { summary: `${path}: ${status} ${said}`, hints: ['Read the error code above; the request the gate makes is read-only and needs no body.'] };
}

function networkHints(kind: string): string[] {
  switch (kind) {
    case 'dns':
      return ['Check the host in api-url: it does not resolve from the runner.'];
    case 'refused':
      return ['Nothing answers on that host and port: check api-url, or whether the API is down.'];
    case 'timeout':
      return ['The API is too slow or unreachable from the runner: check its status and any firewall in between.'];
    case 'tls':
      return ['The API’s certificate is not trusted by the runner: check api-url’s host, or the proxy in between.'];
    case 'too-large':
      return ['The answer is far larger than an API answer should be: check api-url and the path.'];
    case 'malformed':
      return ['Something between the runner and the API answered with broken HTTP: check api-url, and any proxy or load balancer in front of the API.'];
    case 'aborted':
      return [
        'The run was stopped (timeout-seconds, or the job was cancelled) before the API answered: if it was the deadline, raise timeout-seconds or find why the API is slow.'
      ];
    default:
      return ['Check network access from the runner to the API.'];
  }
}
