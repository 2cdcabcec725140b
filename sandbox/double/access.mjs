// Who is calling: API keys, their environment (live or test) and scopes.
import { randomBytes } from 'node:crypto';

/** Scopes the reference calls the minimum for the gate; default keys have both. */
export const ALL_SCOPES = ['appointments:read', 'appointments:create'];

/**
 * @typedef {'live' | 'test'} Environment
 * @typedef {{ key: string, environment?: Environment, scopes?: string[] }} KeySpec
 * @typedef {{ key: string, name: string, environment: Environment, scopes: string[] }} Identity
 * @typedef {{ ok: true, identity: Identity } | { ok: false, code: 'MISSING_API_KEY' | 'INVALID_API_KEY' | 'EXPIRED_API_KEY' | 'INVALID_TOKEN_FORMAT' }} AuthResult
 */

/**
 * `mk_test_...` (and the legacy bare `test_...`) keys talk to the test environment; all others to live.
 * @param {string} key
 * @returns {Environment}
 */
export function environmentOfKey(key) {
  return /^(mk_)?test_/.test(key) ? 'test' : 'live';
}

/** @param {Environment} environment */
function randomKey(environment) {
  return `mk_${environment}_${randomBytes(16).toString('hex')}`;
}

/**
 * @param {{ keys?: Record<string, string | KeySpec | undefined>, expiredKeys?: string[] }} options
 */
export function createAccess({ keys = {}, expiredKeys = [] }) {
  /** @type {Map<string, Identity>} */
  const byKey = new Map();
  /** @type {Record<string, string>} */
  const names = {};
  const specs = { ...keys, live: keys.live ?? randomKey('live'), test: keys.test ?? randomKey('test') };
  for (const [name, value] of Object.entries(specs)) {
    if (value === undefined) continue;
    /** @type {KeySpec} */
    const spec = typeof value === 'string' ? { key: value } : value;
    const environment = spec.environment ?? (name === 'live' || name === 'test' ? name : environmentOfKey(spec.key));
    byKey.set(spec.key, { key: spec.key, name, environment, scopes: spec.scopes ?? ALL_SCOPES });
    names[name] = spec.key;
  }
  const expired = new Set(expiredKeys);

  return {
    /** name -> key, always with `live` and `test` */
    keys: /** @type {Record<string, string> & { live: string, test: string }} */ (names),

    /**
     * Reads `X-API-Key`, else `Authorization: Bearer`, as the API accepts both.
     * @param {import('node:http').IncomingHttpHeaders} headers
     * @returns {AuthResult}
     */
    authenticate(headers) {
      let key = typeof headers['x-api-key'] === 'string' ? headers['x-api-key'].trim() : '';
      if (!key && headers.authorization) {
        const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization);
        if (!bearer) return { ok: false, code: 'INVALID_TOKEN_FORMAT' };
        key = bearer[1] ?? '';
      }
      if (!key) return { ok: false, code: 'MISSING_API_KEY' };
      if (expired.has(key)) return { ok: false, code: 'EXPIRED_API_KEY' };
      const identity = byKey.get(key);
      return identity ? { ok: true, identity } : { ok: false, code: 'INVALID_API_KEY' };
    },

    /** A revoked key answers 401 INVALID_API_KEY from the next request on. @param {string} key */
    revoke(key) {
      byKey.delete(key);
    }
  };
}
