/** The hint that the webhook check bypassed a proxy: only when it explains the failure. */
import { describe, expect, it } from '@jest/globals';
import type { ProbeAnswer } from '../../src/webhook/diagnosis.js';
import { proxySettingsFrom } from '../../src/http/proxy-rules.js';
import { behindProxyHint as hintFor } from '../../src/webhook/behind-proxy.js';

/** The hint with the proxy settings the run reads from these variables. */
const behindProxyHint = (url: URL, env: NodeJS.ProcessEnv, genuine: ProbeAnswer | undefined) => hintFor(url, proxySettingsFrom(env), genuine);

const url = new URL('https://hooks.example:8443/webhooks');
const failed = (kind: 'timeout' | 'refused' | 'dns' | 'reset' | 'tls'): ProbeAnswer =>
  ({ name: 'genuine', kind: 'failed', failure: { kind, code: 'X', message: 'm' }, timeMs: 1 }) as ProbeAnswer;
const answered = { name: 'genuine', kind: 'answered', status: 500, timeMs: 1 } as ProbeAnswer;
const PROXY = { HTTPS_PROXY: 'http://proxy.corp:3128' };

describe('behindProxyHint', () => {
  it.each(['timeout', 'refused', 'dns', 'reset'] as const)(
    'when the endpoint failed with %s behind a proxy then it names the reason and the way out',
    (kind) => {
      const hint = behindProxyHint(url, PROXY, failed(kind));
      expect(hint).toMatch(/^HTTPS_PROXY is set, but the webhook check connects directly, never through the proxy/);
      expect(hint).toContain('allow it direct access to hooks.example:8443');
    }
  );

  it.each<[string, NodeJS.ProcessEnv, ProbeAnswer | undefined]>([
    ['no proxy is set', {}, failed('timeout')],
    ['NO_PROXY covers the host', { ...PROXY, NO_PROXY: '.example' }, failed('timeout')],
    ['the endpoint answered', PROXY, answered],
    ['the failure is a certificate, not the route', PROXY, failed('tls')],
    ['no probe was sent', PROXY, undefined]
  ])('when %s then there is no hint', (_label, env, genuine) => {
    expect(behindProxyHint(url, env, genuine)).toBeUndefined();
  });

  it('when the proxy variable is unreadable then the hint still says a proxy is set', () => {
    expect(behindProxyHint(url, { HTTPS_PROXY: 'http://[bad' }, failed('refused'))).toMatch(/^HTTPS_PROXY is set/);
  });
});
