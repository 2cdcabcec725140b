/**
 * Hostile: an endpoint that verifies nothing, accepts the first delivery it receives, whatever
 * it carries, and refuses every one after it with 401 (a one-shot token, a lock that never
 * frees, a limiter answering 401). When the genuine event went out first on the wire, it was the
 * one accepted and the forgeries read as rejected: the check passed an endpoint that proves
 * nothing. The forgeries are now written first and the genuine event after them: such an
 * endpoint accepts a forgery and the check fails. The BUILT bundle under Node 24, real HTTP on
 * 127.0.0.1.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '../helpers/run-bundle.js';
import { hostile, json, type Hostile } from './servers.js';

const open: Hostile[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe('hostile: an endpoint that accepts only the first delivery', () => {
  it('does not pass: its 401s prove nothing about signatures', async () => {
    const api = await hostile((_req, res) => json(res, 200, { content: [], availableCredits: 500 }));
    let deliveries = 0;
    const endpoint = await hostile((_req, res) => void res.writeHead(++deliveries === 1 ? 200 : 401).end());
    open.push(api, endpoint);
    const run = await runBundle({
      environment: 'staging',
      'api-url': `${api.url}/api/v1`,
      'api-key': 'mk_test_firstOnlyKey0123456789abcd',
      'webhook-secret': 'whsec_firstOnlySecret0123456789',
      'webhook-url': `${endpoint.url}/hooks`,
      'allow-private-webhook': 'true',
      checks: 'webhook',
      'pr-comment': 'false'
    });
    expect(run.outputs.result).not.toBe('pass');
    expect(run.code).toBe(1);
  });
});
