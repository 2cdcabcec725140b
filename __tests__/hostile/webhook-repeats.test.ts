/**
 * Hostile: endpoints that verify no signature at all but answer repeats, bursts or concurrent
 * deliveries with a 4xx (de-duplication by event or appointment id, a lock, a rate limiter)
 * must never pass; a correct verifier that also de-duplicates must. Real HTTP on 127.0.0.1.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import { webhookCheck } from '../../src/checks/webhook.js';
import type { CheckOutcome } from '../../src/engine/check.js';
import { contextFor } from '../helpers/check-context.js';
import { dedupeOnly, lockOnly, rateLimitOnly, verifyThenDedupe } from '../webhook/receivers/hostile-receivers.js';
import { startEndpoint, type Endpoint, type Handler } from '../webhook/receivers/server.js';

const SECRET = 'whsec_repeats_hostile_secret';
const open: Endpoint[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close()));
});

async function check(handler: Handler): Promise<CheckOutcome & { endpoint: Endpoint }> {
  const endpoint = await startEndpoint(handler);
  open.push(endpoint);
  const out = await webhookCheck.run(
    contextFor({ environment: 'staging', 'allow-private-webhook': 'true', 'webhook-url': endpoint.url, 'webhook-secret': SECRET, 'webhook-timeout-ms': '2000' })
  );
  return { ...out, endpoint };
}

describe('hostile: an endpoint that verifies nothing never passes, whatever it answers to repeats', () => {
  it.each([400, 403, 409, 422])('de-duplicating by event id (%i to a repeat) accepts every forgery: each probe is its own event', async (status) => {
    const out = await check(dedupeOnly(status));
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('the endpoint accepts forged webhooks: wrong secret (200), no signature (200), altered body (200)');
  });

  it.each([400, 409, 422])('de-duplicating by appointment id (%i to a repeat) is never counted as rejecting forgeries', async (status) => {
    const out = await check(dedupeOnly(status, 'appointment'));
    expect(out.status).toBe('fail');
    expect(out.summary).not.toMatch(/rejected the 3 forged ones/);
  });

  it('locking while busy (423): the retried forgeries show it accepts them', async () => {
    const out = await check(lockOnly());
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/^the endpoint accepts forged webhooks: |could not tell/);
    expect(out.summary).not.toMatch(/rejected the 3 forged ones/);
  });

  it('rate limiting (429): could not tell, after one retry, and never a rejection', async () => {
    const out = await check(rateLimitOnly(1));
    expect(out.status).toBe('fail');
    if (!/accepts forged webhooks/.test(out.summary)) {
      expect(out.summary).toMatch(/(could not tell whether it rejects forged ones: .*got 429 twice|rate limited \(429 in \d+ ms, again when retried\))/);
      expect(out.details.filter((d) => /then retried with a fresh event id: 429/.test(d)).length).toBeGreaterThan(0);
    }
  });

  it('the retry sends fresh events too: no two deliveries share an event id', async () => {
    const out = await check(lockOnly());
    const ids = out.endpoint.requests.map((r) => JSON.parse(r.raw.toString('utf8')).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('hostile: an endpoint that only checks that X-Webhook-Signature is there', () => {
  it('fails, and the diagnosis says it verifies nothing rather than "read the other header"', async () => {
    const out = await check((_raw, headers) => (headers['x-webhook-signature'] ? { status: 200 } : { status: 401, body: 'missing signature' }));
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(
      /^the correctly signed test event was rejected \(401 in \d+ ms\), and a forged one carrying X-Webhook-Signature was accepted \(200\): the endpoint does not verify the signature it reads$/
    );
  });
});

describe('hostile: an environment behind HTTP authentication', () => {
  it('is named as such, not as a wrong secret, and its challenge text is not quoted', async () => {
    // A proxy in front of the app, asking for credentials (with a hostile realm).
    const proxy = createServer((req, res) => {
      req.resume();
      res.writeHead(401, { 'www-authenticate': 'Basic realm="staging ](javascript:alert(1))"' }).end('Unauthorized');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(proxy.address() as { port: number }).port}/webhooks/moncreneau`;
      const out = await webhookCheck.run(contextFor({ environment: 'staging', 'allow-private-webhook': 'true', 'webhook-url': url, 'webhook-secret': SECRET }));
      expect(out.status).toBe('fail');
      expect(out.summary).toMatch(
        /^the signed test event was answered 401 with a WWW-Authenticate: Basic challenge in \d+ ms: the endpoint asks for HTTP authentication/
      );
      expect(JSON.stringify(out)).not.toContain('javascript');
      expect(out.details.some((d) => d.startsWith('Signed variant'))).toBe(false);
    } finally {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });
});

describe('a correct verifier that also de-duplicates', () => {
  it('passes: its 401s count, because it accepted the genuine event (a fresh id) in the same run', async () => {
    const out = await check(verifyThenDedupe(SECRET));
    expect(out.status).toBe('pass');
    expect(out.summary).toMatch(/^accepted the signed test event in \d+ ms \(200\); rejected the 3 forged ones \(401, 401, 401\)$/);
    expect(out.endpoint.requests).toHaveLength(4);
  });
});
