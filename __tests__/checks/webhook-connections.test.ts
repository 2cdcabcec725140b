/**
 * The webhook check on the wire: an HTTPS receiver on 127.0.0.1 counts the TLS handshakes it
 * completes and the connections that carried a delivery. The certificate is read from a probe's
 * own connection, so no handshake is made only to look at it.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { makeCa, makeCertificateSignedBy, type KeyAndCertificate } from '../../sandbox/certificate.mjs';
import { webhookCheck } from '../../src/checks/webhook.js';
import { contextFor } from '../helpers/check-context.js';

const SECRET = 'whsec_gate_connections_value';
let ca: KeyAndCertificate;
beforeAll(async () => {
  ca = await makeCa();
});

interface Counted {
  url: string;
  handshakes: number;
  carried: Set<TLSSocket>;
  close: () => Promise<void>;
}

/** Accepts everything it is sent (the verdict does not matter here, the connections do). */
async function countingReceiver(certificate: KeyAndCertificate): Promise<Counted> {
  const counted = { handshakes: 0, carried: new Set<TLSSocket>() };
  const server = https.createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    counted.carried.add(req.socket as TLSSocket);
    req.resume().on('end', () => res.writeHead(200).end('ok'));
  });
  server.on('secureConnection', () => counted.handshakes++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return Object.assign(counted, { url: `https://localhost:${port}/hook`, close });
}

const open: Counted[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

function run(url: string) {
  const ctx = contextFor(
    { environment: 'staging', 'allow-private-webhook': 'true', 'webhook-url': url, 'webhook-secret': SECRET, 'webhook-timeout-ms': '2000' },
    { http: { ca: ca.cert } }
  );
  return webhookCheck.run(ctx);
}

describe('webhook check: no handshake only for the certificate', () => {
  it('when the certificate is valid then every handshake carried a probe, and the certificate is still reported', async () => {
    const receiver = await countingReceiver(await makeCertificateSignedBy(ca, { altNames: ['localhost'] }));
    open.push(receiver);
    const out = await run(receiver.url);
    expect(out.details.join('\n')).toMatch(/TLS certificate for localhost valid until \d{4}-\d\d-\d\d, issued by MONCRENEAU Sandbox CA/);
    expect(receiver.carried.size).toBeGreaterThan(0);
    expect(receiver.handshakes).toBe(receiver.carried.size);
  });

  it('when the certificate has expired then it is described, and no delivery is made over it', async () => {
    const receiver = await countingReceiver(await makeCertificateSignedBy(ca, { altNames: ['localhost'], days: -1 }));
    open.push(receiver);
    const out = await run(receiver.url);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/^the TLS certificate has expired \(on \d{4}-\d\d-\d\d\)$/);
    expect(receiver.carried.size).toBe(0);
  });

  it('when the certificate is for another host then it names what it is for, and delivers nothing', async () => {
    const receiver = await countingReceiver(await makeCertificateSignedBy(ca, { altNames: ['wrong.example'] }));
    open.push(receiver);
    const out = await run(receiver.url);
    expect(out.summary).toBe('the TLS certificate does not match the host name (it is for DNS:wrong.example)');
    expect(receiver.carried.size).toBe(0);
  });
});
