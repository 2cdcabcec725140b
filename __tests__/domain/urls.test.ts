/** The rules for URLs the gate sends a key or a signed event to, and how they are shown and joined. */
import { describe, expect, it } from '@jest/globals';
import { apiUrlEndpointRefusal, checkApiUrl, checkServiceUrl, displayUrl, isLoopbackHost, joinUrl, type Environment } from '../../src/domain/urls.js';

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['::1', true],
    ['sub.localhost', false],
    ['localhost.example.com', false],
    ['127.0.0.1.example.com', false],
    ['10.0.0.1', false],
    ['192.168.1.1', false],
    ['0.0.0.0', false],
    ['example.com', false]
  ])('when the host is %s then loopback is %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });

  it('when the host comes from a URL with [::1] then it is loopback', () => {
    expect(isLoopbackHost(new URL('http://[::1]:8080/health').hostname)).toBe(true);
  });
});

describe('displayUrl', () => {
  it.each([
    ['user:password before the host', 'https://user:s3cret@app.example/hook', 'https://app.example/hook'],
    ['a query with a token', 'https://app.example/hook?token=s3cret', 'https://app.example/hook'],
    ['a fragment', 'https://app.example/hook#s3cret', 'https://app.example/hook'],
    ['all three and a port', 'https://u:p@api.example:8443/api/v1?key=s3cret#s3cret', 'https://api.example:8443/api/v1'],
    ['nothing to drop', 'http://127.0.0.1:3000/health', 'http://127.0.0.1:3000/health']
  ])('when the URL has %s then only origin and path are shown', (_label, raw, expected) => {
    const shown = displayUrl(new URL(raw));
    expect(shown).toBe(expected);
    expect(shown).not.toContain('s3cret');
  });
});

describe('checkServiceUrl', () => {
  it.each<[string, string, Environment, string]>([
    ['https in production', 'https://app.example/hook', 'production', 'https://app.example/hook'],
    ['https in staging', 'https://app.example/hook', 'staging', 'https://app.example/hook'],
    ['upper-case https', 'HTTPS://APP.EXAMPLE/hook', 'production', 'https://app.example/hook'],
    ['http to localhost in staging', 'http://localhost:3000/hook', 'staging', 'http://localhost:3000/hook'],
    ['http to 127.0.0.1 in staging', 'http://127.0.0.1:3000/hook', 'staging', 'http://127.0.0.1:3000/hook'],
    ['http to [::1] in staging', 'http://[::1]:3000/hook', 'staging', 'http://[::1]:3000/hook']
  ])('when the URL is %s then it is accepted', (_label, raw, environment, href) => {
    const checked = checkServiceUrl(raw, 'webhook-url', environment);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.url.href).toBe(href);
  });

  it.each<[string, string, Environment, string, string]>([
    [
      'http to localhost in production',
      'http://localhost:3000/hook',
      'production',
      'webhook-url uses plain http (http://localhost:3000/hook)',
      'Use https in production: plain http sends everything in clear.'
    ],
    [
      'http to a public host in production',
      'http://app.example/hook?token=s3cret',
      'production',
      'webhook-url uses plain http (http://app.example/hook)',
      'Use https in production: plain http sends everything in clear.'
    ],
    [
      'http to a public host in staging',
      'http://app.example/hook',
      'staging',
      'webhook-url uses plain http (http://app.example/hook)',
      'Use https; plain http is accepted only for a loopback host (localhost, 127.0.0.1) in staging.'
    ],
    [
      'http to sub.localhost in staging',
      'http://sub.localhost/hook',
      'staging',
      'webhook-url uses plain http (http://sub.localhost/hook)',
      'Use https; plain http is accepted only for a loopback host (localhost, 127.0.0.1) in staging.'
    ],
    [
      'http to a private address in staging',
      'http://10.0.0.1/hook',
      'staging',
      'webhook-url uses plain http (http://10.0.0.1/hook)',
      'Use https; plain http is accepted only for a loopback host (localhost, 127.0.0.1) in staging.'
    ],
    [
      'a placeholder as the host',
      'https://{{APP_HOST}}/hook',
      'production',
      'webhook-url still contains the unresolved placeholder {{APP_HOST}}',
      'Set webhook-url to the real URL: the placeholder was copied from a template and never filled in.'
    ],
    [
      'a placeholder in the path',
      'https://app.example/{{ WEBHOOK_PATH }}',
      'production',
      'webhook-url still contains the unresolved placeholder {{ WEBHOOK_PATH }}',
      'Set webhook-url to the real URL: the placeholder was copied from a template and never filled in.'
    ],
    [
      'a host with no scheme',
      'app.example/hook',
      'production',
      'webhook-url is not an absolute URL',
      'Give webhook-url as a full URL such as https://host/path.'
    ],
    ['a path alone', '/hook', 'production', 'webhook-url is not an absolute URL', 'Give webhook-url as a full URL such as https://host/path.'],
    ['empty', '', 'production', 'webhook-url is not an absolute URL', 'Give webhook-url as a full URL such as https://host/path.'],
    [
      'user:password before the host',
      'https://deploy:s3cret@app.example/hook',
      'production',
      'webhook-url contains credentials before the host',
      'Remove the user:password part from webhook-url; credentials in a URL end up in logs.'
    ],
    [
      'a user name alone before the host',
      'https://deploy@app.example/hook',
      'production',
      'webhook-url contains credentials before the host',
      'Remove the user:password part from webhook-url; credentials in a URL end up in logs.'
    ],
    [
      'credentials on a loopback http URL in staging',
      'http://deploy:s3cret@localhost:3000/hook',
      'staging',
      'webhook-url contains credentials before the host',
      'Remove the user:password part from webhook-url; credentials in a URL end up in logs.'
    ],
    ['ftp', 'ftp://app.example/hook', 'production', 'webhook-url uses the unsupported scheme ftp', 'Give webhook-url as an https URL.'],
    ['ws', 'ws://localhost:3000/hook', 'staging', 'webhook-url uses the unsupported scheme ws', 'Give webhook-url as an https URL.']
  ])('when the URL is %s then it is refused and says why', (_label, raw, environment, problem, hint) => {
    const checked = checkServiceUrl(raw, 'webhook-url', environment);
    expect(checked).toEqual({ ok: false, problem, hint });
    if (!checked.ok) expect(`${checked.problem} ${checked.hint}`).not.toContain('s3cret');
  });
});

describe('checkApiUrl', () => {
  it.each<[string, string, Environment]>([
    ['the production base URL', 'https://mc-prd.duckdns.org/api/v1', 'production'],
    ['a base URL with a trailing slash', 'https://api.example/api/v1/', 'production'],
    ['a loopback double in staging', 'http://127.0.0.1:4010/api/v1', 'staging']
  ])('when api-url is %s then it is accepted', (_label, raw, environment) => {
    expect(checkApiUrl(raw, environment).ok).toBe(true);
  });

  it.each<[string, string, Environment, string]>([
    ['with a query', 'https://api.example/api/v1?key=s3cret', 'production', 'api-url has a query or fragment'],
    ['with a fragment', 'https://api.example/api/v1#top', 'production', 'api-url has a query or fragment'],
    ['plain http in production', 'http://api.example/api/v1', 'production', 'api-url uses plain http (http://api.example/api/v1)'],
    ['a placeholder', 'https://{{API_HOST}}/api/v1', 'production', 'api-url still contains the unresolved placeholder {{API_HOST}}'],
    ['not absolute', 'api.example/api/v1', 'production', 'api-url is not an absolute URL']
  ])('when api-url is %s then it is refused', (_label, raw, environment, problem) => {
    const checked = checkApiUrl(raw, environment);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toBe(problem);
  });

  it('when api-url has a query then the hint gives the base URL form', () => {
    const checked = checkApiUrl('https://api.example/api/v1?x=1', 'production');
    expect(checked).toEqual({
      ok: false,
      problem: 'api-url has a query or fragment',
      hint: 'Give api-url as the base URL only, e.g. https://mc-prd.duckdns.org/api/v1.'
    });
  });
});

describe('apiUrlEndpointRefusal', () => {
  it.each([
    ['https://api.example/api/v1/appointments', '/appointments'],
    ['https://api.example/api/v1/departments/', '/departments'],
    ['https://api.example/api/v1/organizations/me', '/organizations/me'],
    ['https://api.example/api/v1/organizations', '/organizations']
  ])('when api-url is %s then it is refused as naming the endpoint %s', (raw, endpoint) => {
    const refusal = apiUrlEndpointRefusal(new URL(raw));
    expect(refusal?.problem).toBe(`api-url ends with the endpoint ${endpoint} (${new URL(raw).origin}${new URL(raw).pathname})`);
    expect(refusal?.hint).toMatch(/base URL only/);
  });

  it.each(['https://api.example/api/v1', 'https://api.example/api/v1/', 'https://api.example/appointments-api/v1'])(
    'when api-url is the base %s then it is not refused',
    (raw) => {
      expect(apiUrlEndpointRefusal(new URL(raw))).toBeUndefined();
    }
  );
});

describe('joinUrl', () => {
  it.each([
    ['no trailing slash, path with a slash', 'https://api.example/api/v1', '/credits', 'https://api.example/api/v1/credits'],
    ['no trailing slash, path without a slash', 'https://api.example/api/v1', 'credits', 'https://api.example/api/v1/credits'],
    ['a trailing slash, path with a slash', 'https://api.example/api/v1/', '/credits', 'https://api.example/api/v1/credits'],
    ['a trailing slash, path without a slash', 'https://api.example/api/v1/', 'credits', 'https://api.example/api/v1/credits'],
    ['several trailing slashes', 'https://api.example/api/v1///', '/appointments/42', 'https://api.example/api/v1/appointments/42'],
    ['a port', 'http://127.0.0.1:4010/api/v1', '/credits', 'http://127.0.0.1:4010/api/v1/credits'],
    ['a host with no path', 'https://api.example', '/credits', 'https://api.example/credits'],
    ['a path with a query', 'https://api.example/api/v1', '/appointments?limit=1', 'https://api.example/api/v1/appointments?limit=1']
  ])('when the base has %s then /api/v1 is kept', (_label, base, path, expected) => {
    expect(joinUrl(new URL(base), path).href).toBe(expected);
  });

  it.each(['//evil.example/x', '/\\evil.example/x'])('when the path is %j then the host stays the base host', (path) => {
    expect(joinUrl(new URL('https://api.example/'), path).host).toBe('api.example');
  });
});
