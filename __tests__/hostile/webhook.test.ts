/**
 * Hostile cases for the webhook check: an endpoint that verifies nothing but answers repeats
 * with 409 or 429, and a chain whose intermediate certificate expired.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import selfsigned from 'selfsigned';
import { makeCa, makeCertificateSignedBy } from '../../sandbox/certificate.mjs';
import { webhookCheck } from '../../src/checks/webhook.js';
import { diagnose, type ProbeAnswer } from '../../src/webhook/diagnosis.js';
import { contextFor } from '../helpers/check-context.js';

const SECRET = 'whsec_round2_adversarial_secret';
const DAY = 86_400_000;
const servers: HttpsServer[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        })
    )
  );
});

async function https(
  options: { key: string; cert: string | string[] },
  handler: (req: IncomingMessage, res: ServerResponse, body: string) => void
): Promise<string> {
  const server = createHttpsServer(options, async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    handler(req, res, body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `https://127.0.0.1:${(server.address() as { port: number }).port}/webhooks/moncreneau`;
}

const inputs = (url: string) => ({
  environment: 'staging',
  'allow-private-webhook': 'true',
  'webhook-url': url,
  'webhook-secret': SECRET,
  'webhook-timeout-ms': '2000'
});

describe('hostile: webhook certificate chain', () => {
  it('names the expired intermediate instead of saying the (valid) leaf expired on a future date', async () => {
    const root = await makeCa({ commonName: 'Round2 Root', days: 3650 });
    // An intermediate CA that expired ten days ago, signing a leaf valid for sixty more days.
    const inter = await selfsigned.generate([{ name: 'commonName', value: 'Round2 Expired Intermediate' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notBeforeDate: new Date(Date.now() - 400 * DAY),
      notAfterDate: new Date(Date.now() - 10 * DAY),
      ca: { key: root.key, cert: root.cert },
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true }
      ]
    } as never);
    const intermediate = { key: (inter as { private: string }).private, cert: (inter as { cert: string }).cert };
    const leaf = await makeCertificateSignedBy(intermediate, { altNames: ['127.0.0.1'], days: 60 });
    const url = await https({ key: leaf.key, cert: `${leaf.cert.trimEnd()}\n${intermediate.cert}` }, (_req, res) => res.writeHead(200).end());

    const out = await webhookCheck.run(contextFor(inputs(url), { http: { ca: root.cert } }));
    expect(out.status).toBe('fail');
    const leafEnd = new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10);
    // Not the leaf's end date (60 days ahead): the intermediate is what expired.
    expect(out.summary).not.toContain(`(on ${leafEnd})`);
    expect(out.summary).toMatch(/intermediate|chain|issuer/i);
  });
});

describe('hostile: an endpoint that verifies nothing must not pass', () => {
  const answered = (name: ProbeAnswer['name'], status: number): ProbeAnswer => ({ name, kind: 'answered', status, timeMs: 5 });

  it.each([
    ['deduplicates by event id (409 to repeats)', 409],
    ['rate limits bursts (429)', 429],
    ['locks while busy (423)', 423],
    ['answers too early (425)', 425],
    ['times the request out (408)', 408],
    ['is unavailable under load (503)', 503]
  ])('diagnose: forged probes answered only because the endpoint %s are not "rejected"', (_what, status) => {
    // Neither 409 nor 429 says the signature was checked: they are what a handler that never
    // verifies answers to the 2nd..4th delivery of the same event id within a second.
    const d = diagnose(answered('genuine', 200), [answered('wrong-secret', status), answered('no-signature', status), answered('tampered-body', status)]);
    expect(d.status).toBe('fail');
    expect(d.summary).toMatch(/could not tell whether it rejects forged ones: .*an answer about load or repetition, not the signature$/);
  });

  it('round trip: a handler with no signature check but idempotency by event id passes the gate', async () => {
    // Idempotent webhook handlers are standard advice. This one never looks at the signature:
    // the first delivery of an event id gets 200, repeats get 409. The gate's three forgeries
    // all reuse the genuine event's id, so they are "rejected" by the dedupe alone.
    const root = await makeCa();
    const leaf = await makeCertificateSignedBy(root, { altNames: ['127.0.0.1'] });
    const seen = new Set<string>();
    const url = await https(leaf, (_req, res, body) => {
      const id = (JSON.parse(body) as { id: string }).id;
      if (seen.has(id)) return void res.writeHead(409).end('duplicate event');
      seen.add(id);
      res.writeHead(200).end('ok');
    });
    const out = await webhookCheck.run(contextFor(inputs(url), { http: { ca: root.cert } }));
    expect(out.summary).not.toMatch(/rejected the 3 forged ones/);
    expect(out.status).not.toBe('pass');
  });
});
