/** What a failed API call means, in words an on-call engineer can act on; the key is never shown past its prefix. */
import { describe, expect, it } from '@jest/globals';
import { describeProblem } from '../../src/domain/api-problem.js';
import type { ApiProblem, ApiResult, Attempt } from '../../src/http/api-client.js';
import type { NetworkFailureKind } from '../../src/http/network-error.js';
import { settingsFrom } from '../helpers/settings.js';

type Failed = Extract<ApiResult<unknown>, { ok: false }>;

const SECRET = '9fQ2xZ7pLw3RtY8uV1bN';
const LIVE = `mk_live_${SECRET}`;
const TEST = `mk_test_${SECRET}`;
const production = settingsFrom({ 'api-key': LIVE });
/** Requested as /credits; shown as requested, under api-url's /api/v1. */
const PATH = '/credits';

const attempts = (count: number): Attempt[] => Array.from({ length: count }, () => ({ status: 500, timeMs: 12 }));
const failedWith = (problem: ApiProblem, extra: Partial<Failed> = {}): Failed => ({ ok: false, problem, headers: {}, attempts: attempts(1), ...extra });
const network = (kind: NetworkFailureKind, message: string): ApiProblem => ({ kind: 'network', failure: { kind, code: 'X', message } });
const status = (s: number, code?: string, message?: string, details?: unknown): ApiProblem => ({ kind: 'status', status: s, code, message, details });

describe('describeProblem: the network', () => {
  it.each<[NetworkFailureKind, string, string]>([
    ['dns', 'the host name api.example does not resolve (DNS has no such host)', 'Check the host in api-url: it does not resolve from the runner.'],
    [
      'refused',
      'api.example refused the connection (nothing listening on that port)',
      'Nothing answers on that host and port: check api-url, or whether the API is down.'
    ],
    [
      'timeout',
      'could not connect to api.example within 5000 ms',
      'The API is too slow or unreachable from the runner: check its status and any firewall in between.'
    ],
    ['tls', 'the TLS certificate has expired', 'The API’s certificate is not trusted by the runner: check api-url’s host, or the proxy in between.'],
    ['too-large', 'the answer from api.example exceeded the size limit', 'The answer is far larger than an API answer should be: check api-url and the path.'],
    [
      'aborted',
      'the request was stopped at the run’s deadline',
      'The run was stopped (timeout-seconds, or the job was cancelled) before the API answered: if it was the deadline, raise timeout-seconds or find why the API is slow.'
    ],
    ['reset', 'api.example closed the connection without a complete answer', 'Check network access from the runner to the API.'],
    ['other', 'the request to api.example failed: odd', 'Check network access from the runner to the API.']
  ])('when the failure is %s then the summary is its message and the hint fits', (kind, message, hint) => {
    expect(describeProblem(failedWith(network(kind, message)), PATH, production)).toEqual({ summary: `/api/v1/credits: ${message}`, hints: [hint] });
  });

  it('when it failed after 3 attempts and was not retried again then both are said', () => {
    const result = failedWith(network('timeout', 'api.example did not answer within 10000 ms'), {
      attempts: attempts(3),
      note: 'not retried: waiting 4 s would pass the run’s deadline'
    });
    expect(describeProblem(result, PATH, production).summary).toBe(
      '/api/v1/credits: api.example did not answer within 10000 ms after 3 attempts (not retried: waiting 4 s would pass the run’s deadline)'
    );
  });
});

describe('describeProblem: answers that are not the API’s', () => {
  const REDIRECT_HINT = 'Set api-url to the final URL (scheme, host and /api/v1) so no redirect is needed.';
  const NOT_API_HINT =
    'Something other than the MONCRENEAU API answered: a proxy, a login or maintenance page, or a wrong api-url. Check api-url ends with /api/v1.';

  it.each<[string, ApiProblem, string, string]>([
    [
      'a redirect whose Location carries a query and a fragment',
      { kind: 'redirect', status: 302, location: `https://login.example/sso?key=${LIVE}&next=/credits#${SECRET}` },
      '/api/v1/credits: answered 302, a redirect to https://login.example/sso; the gate does not follow redirects with the key',
      REDIRECT_HINT
    ],
    [
      'a redirect whose Location has credentials in it',
      { kind: 'redirect', status: 301, location: `https://user:${SECRET}@api.example/api/v1/credits` },
      '/api/v1/credits: answered 301, a redirect to https://api.example/api/v1/credits; the gate does not follow redirects with the key',
      REDIRECT_HINT
    ],
    [
      'a redirect with an unreadable Location',
      { kind: 'redirect', status: 307, location: 'http://[not a host' },
      '/api/v1/credits: answered 307, a redirect to another location; the gate does not follow redirects with the key',
      REDIRECT_HINT
    ],
    [
      'an HTML page',
      { kind: 'not-json', status: 200, contentType: 'text/html; charset=utf-8', looksLikeHtml: true },
      '/api/v1/credits: answered 200 with an HTML page instead of JSON',
      NOT_API_HINT
    ],
    [
      'plain text',
      { kind: 'not-json', status: 503, contentType: 'text/plain', looksLikeHtml: false },
      '/api/v1/credits: answered 503 with a body that is not JSON (text/plain)',
      NOT_API_HINT
    ],
    [
      'a body with no content type',
      { kind: 'not-json', status: 200, contentType: '', looksLikeHtml: false },
      '/api/v1/credits: answered 200 with a body that is not JSON (no content type)',
      NOT_API_HINT
    ],
    [
      'JSON of an unexpected shape',
      { kind: 'unexpected-shape', status: 200, issues: 'balance: expected number' },
      '/api/v1/credits: answered 200 but the JSON is not what was expected (balance: expected number)',
      'Check the path and field inputs point at the right endpoint.'
    ]
  ])('when the answer is %s then it says so', (_label, problem, summary, hint) => {
    expect(describeProblem(failedWith(problem), PATH, production)).toEqual({ summary, hints: [hint] });
  });

  // A relative Location ("/login") is on the API's own host: the summary must name that host.
  it('when a redirect has a relative Location then the target is on the API’s host, not a made-up one', () => {
    const settings = settingsFrom({ 'api-key': LIVE, 'api-url': 'https://api.example/api/v1' });
    const out = describeProblem(failedWith({ kind: 'redirect', status: 302, location: '/login?next=%2Fcredits' }), PATH, settings);
    expect(out.summary).toBe('/api/v1/credits: answered 302, a redirect to https://api.example/login; the gate does not follow redirects with the key');
  });
});

describe('describeProblem: error statuses', () => {
  const REJECTED = (environment: string) =>
    `The API rejected the key mk_live_…: make sure it is the ${environment} key (production and staging keys are separate).`;
  const REVOKED = 'A revoked or expired key is rejected at once: generate a new one in Settings > API and update the secret.';
  const SCOPES = 'Give the key the scopes it needs (at least appointments:read and appointments:create) in Settings > API, or use a key that has them.';
  const QUOTA = 'The key’s request quota is used up (default 1000 requests/hour). Wait for the reset, or find what else is using this key.';
  const NO_PATH = 'The path does not exist on this API: check api-url (it must end with /api/v1) and the path input.';
  const DOWN = 'MONCRENEAU is failing on its side: check its status, and do not promote until it answers.';
  const READ_CODE = 'Read the error code above; the request the gate makes is read-only and needs no body.';

  it.each<[string, Failed, string, string[]]>([
    [
      '401 INVALID_API_KEY',
      failedWith(status(401, 'INVALID_API_KEY', 'Invalid API key')),
      '/api/v1/credits: 401 INVALID_API_KEY: Invalid API key',
      [REJECTED('production'), REVOKED]
    ],
    [
      '401 EXPIRED_API_KEY',
      failedWith(status(401, 'EXPIRED_API_KEY', 'API key expired')),
      '/api/v1/credits: 401 EXPIRED_API_KEY: API key expired',
      [REJECTED('production'), REVOKED]
    ],
    [
      '401 MISSING_API_KEY (sent as x-api-key)',
      failedWith(status(401, 'MISSING_API_KEY', 'No API key')),
      '/api/v1/credits: 401 MISSING_API_KEY: No API key',
      ['The API did not see a key: try auth-scheme: bearer.', REJECTED('production'), REVOKED]
    ],
    ['401 with no error body', failedWith(status(401)), '/api/v1/credits: 401 no error code in the answer', [REJECTED('production'), REVOKED]],
    [
      '401 with a message and no code',
      failedWith(status(401, undefined, 'Unauthorized')),
      '/api/v1/credits: 401 Unauthorized',
      [REJECTED('production'), REVOKED]
    ],
    [
      '403 missing one scope',
      failedWith(status(403, 'INSUFFICIENT_SCOPE', 'Missing scope', { required: 'appointments:create' })),
      '/api/v1/credits: 403 INSUFFICIENT_SCOPE: Missing scope (missing scope appointments:create)',
      [SCOPES]
    ],
    [
      '403 missing two scopes',
      failedWith(status(403, 'INSUFFICIENT_SCOPE', 'Missing scope', { required: ['appointments:read', 'appointments:create'] })),
      '/api/v1/credits: 403 INSUFFICIENT_SCOPE: Missing scope (missing scope appointments:read, appointments:create)',
      [SCOPES]
    ],
    ['403 with no details', failedWith(status(403, 'FORBIDDEN', 'Forbidden')), '/api/v1/credits: 403 FORBIDDEN: Forbidden', [SCOPES]],
    [
      '429 with all X-RateLimit headers after 3 attempts',
      failedWith(status(429, 'RATE_LIMIT_EXCEEDED', 'Too many requests'), {
        attempts: attempts(3),
        headers: { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1772366400', 'retry-after': '60' }
      }),
      '/api/v1/credits: rate limited (429 RATE_LIMIT_EXCEEDED: Too many requests) after 3 attempts (X-RateLimit: limit 1000, remaining 0, reset 1772366400)',
      [QUOTA]
    ],
    [
      '429 with only the remaining count',
      failedWith(status(429, 'RATE_LIMIT_EXCEEDED'), { headers: { 'x-ratelimit-remaining': '0' } }),
      '/api/v1/credits: rate limited (429 RATE_LIMIT_EXCEEDED) (X-RateLimit: remaining 0)',
      [QUOTA]
    ],
    ['429 with no rate-limit headers', failedWith(status(429)), '/api/v1/credits: rate limited (429 no error code in the answer)', [QUOTA]],
    ['404', failedWith(status(404, 'NOT_FOUND', 'Route not found')), '/api/v1/credits: 404 NOT_FOUND: Route not found', [NO_PATH]],
    [
      '500 after 3 attempts',
      failedWith(status(500, 'INTERNAL_ERROR', 'boom'), { attempts: attempts(3) }),
      '/api/v1/credits: the API answered 500 after 3 attempts (INTERNAL_ERROR: boom)',
      [DOWN]
    ],
    ['503 on the first attempt', failedWith(status(503)), '/api/v1/credits: the API answered 503 (no error code in the answer)', [DOWN]],
    [
      '400',
      failedWith(status(400, 'VALIDATION_ERROR', 'limit must be positive')),
      '/api/v1/credits: 400 VALIDATION_ERROR: limit must be positive',
      [READ_CODE]
    ],
    ['409', failedWith(status(409, 'CONFLICT')), '/api/v1/credits: 409 CONFLICT', [READ_CODE]],
    [
      '422 after 2 attempts, which are not mentioned',
      failedWith(status(422, 'UNPROCESSABLE'), { attempts: attempts(2) }),
      '/api/v1/credits: 422 UNPROCESSABLE',
      [READ_CODE]
    ]
  ])('when the API answers %s then it says so', (_label, result, summary, hints) => {
    expect(describeProblem(result, PATH, production)).toEqual({ summary, hints });
  });

  it('when MISSING_API_KEY comes with auth-scheme bearer then it suggests x-api-key', () => {
    const settings = settingsFrom({ 'api-key': LIVE, 'auth-scheme': 'bearer' });
    expect(describeProblem(failedWith(status(401, 'MISSING_API_KEY')), PATH, settings).hints[0]).toBe('The API did not see a key: try auth-scheme: x-api-key.');
  });

  it('when a staging test key is rejected then the hint names the staging key by its prefix', () => {
    const settings = settingsFrom({ 'api-key': TEST, environment: 'staging' });
    expect(describeProblem(failedWith(status(401, 'INVALID_API_KEY')), PATH, settings).hints[0]).toBe(
      'The API rejected the key mk_test_…: make sure it is the staging key (production and staging keys are separate).'
    );
  });
});

describe('describeProblem never shows the key', () => {
  const problems: ApiProblem[] = [
    network('dns', 'the host name api.example does not resolve (DNS has no such host)'),
    { kind: 'redirect', status: 302, location: `https://login.example/?api_key=${LIVE}` },
    { kind: 'redirect', status: 302, location: `/login?api_key=${LIVE}#${LIVE}` },
    { kind: 'not-json', status: 200, contentType: 'text/html', looksLikeHtml: true },
    { kind: 'unexpected-shape', status: 200, issues: 'x' },
    status(401, 'INVALID_API_KEY'),
    status(401, 'MISSING_API_KEY'),
    status(403, 'INSUFFICIENT_SCOPE', undefined, { required: 'appointments:read' }),
    status(429),
    status(404),
    status(500),
    status(400)
  ];

  it.each(problems.map((p) => [p.kind === 'status' ? `status ${p.status}` : p.kind, p] as const))(
    'when the problem is %s then only the prefix can appear',
    (_label, problem) => {
      const settings = settingsFrom({ 'api-key': `  ${LIVE}  ` });
      const text = JSON.stringify(describeProblem(failedWith(problem, { attempts: attempts(3) }), PATH, settings));
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(SECRET.slice(0, 6));
    }
  );
});
