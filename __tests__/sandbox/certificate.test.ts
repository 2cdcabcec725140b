import { X509Certificate } from 'node:crypto';
import https from 'node:https';
import { describe, expect, it } from '@jest/globals';
// The package's index: to the type checker, 'undici' is the toolkit's share of it (src/http/undici-for-toolkit.ts).
import { Agent, fetch as undiciFetch } from 'undici/index.js';
import { makeCa, makeCertificate, makeCertificateSignedBy, type KeyAndCertificate } from '../../sandbox/certificate.mjs';
import { request } from '../../sandbox/http-client.mjs';
import { startDouble } from '../../sandbox/moncreneau-double.mjs';
import { closeAfterEach } from './sandbox-helpers.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const closeLater = closeAfterEach();

/** An https server on 127.0.0.1 answering "ok", closed after the test. */
async function serve({ key, cert }: KeyAndCertificate): Promise<string> {
  const server = https.createServer({ key, cert }, (_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closeLater({
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  });
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no address');
  return `https://127.0.0.1:${address.port}/`;
}

const expiresInDays = (cert: string) => (new Date(new X509Certificate(cert).validTo).getTime() - Date.now()) / DAY_MS;

describe('makeCertificate (self-signed)', () => {
  it('serves https to a client that trusts the certificate itself', async () => {
    const pems = await makeCertificate();
    const url = await serve(pems);
    const answer = await request(url, { ca: pems.cert });
    expect(answer.text).toBe('ok');
    const x509 = new X509Certificate(pems.cert);
    expect(x509.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1');
    expect(expiresInDays(pems.cert)).toBeCloseTo(30, 0);
  });

  it('is refused by a client that does not trust it', async () => {
    const url = await serve(await makeCertificate());
    await expect(request(url)).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  });

  it('can expire in 7 days, or be expired already', async () => {
    expect(expiresInDays((await makeCertificate({ days: 7 })).cert)).toBeCloseTo(7, 1);
    const expired = await makeCertificate({ days: -1 });
    expect(expiresInDays(expired.cert)).toBeLessThan(0);
    await expect(request(await serve(expired), { ca: expired.cert })).rejects.toMatchObject({ code: 'CERT_HAS_EXPIRED' });
  });

  it('takes an exact validity window and refuses an inverted one', async () => {
    const notBefore = new Date('2030-01-01T00:00:00Z');
    const notAfter = new Date('2030-01-08T00:00:00Z');
    const x509 = new X509Certificate((await makeCertificate({ notBefore, notAfter })).cert);
    expect(new Date(x509.validFrom).toISOString()).toBe(notBefore.toISOString());
    expect(new Date(x509.validTo).toISOString()).toBe(notAfter.toISOString());
    await expect(makeCertificate({ notBefore: notAfter, notAfter: notBefore })).rejects.toThrow(RangeError);
    await expect(makeCertificate({ notAfter: 'not a date' })).rejects.toThrow('notAfter is not a date');
  });
});

describe('makeCa and makeCertificateSignedBy', () => {
  it('signs leaves a client trusts through the CA alone', async () => {
    const ca = await makeCa();
    const leaf = await makeCertificateSignedBy(ca);
    expect(new X509Certificate(leaf.cert).checkIssued(new X509Certificate(ca.cert))).toBe(true);
    expect(new X509Certificate(ca.cert).ca).toBe(true);
    const url = await serve(leaf);
    expect((await request(url, { ca: ca.cert })).text).toBe('ok');
    await expect(request(url)).rejects.toMatchObject({ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
  });

  it('makes the leaves webhook tests need: expiring soon, expired, wrong host', async () => {
    const ca = await makeCa();
    const soon = await makeCertificateSignedBy(ca, { days: 7 });
    expect(expiresInDays(soon.cert)).toBeCloseTo(7, 1);
    expect((await request(await serve(soon), { ca: ca.cert })).text).toBe('ok');

    const expired = await makeCertificateSignedBy(ca, { days: -1 });
    await expect(request(await serve(expired), { ca: ca.cert })).rejects.toMatchObject({ code: 'CERT_HAS_EXPIRED' });

    const wrongHost = await makeCertificateSignedBy(ca, { commonName: 'app.example', altNames: ['app.example'] });
    await expect(request(await serve(wrongHost), { ca: ca.cert })).rejects.toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  });

  it('is trusted by undici through connect.ca, the way the gate connects', async () => {
    const double = closeLater(await startDouble({ https: true }));
    expect(double.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    const dispatcher = closeLater(new Agent({ connect: { ca: double.ca } }));
    const response = await undiciFetch(`${double.url}/organizations/me`, { headers: { 'x-api-key': double.keys.live }, dispatcher });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ availableCredits: 500 });
    await expect(undiciFetch(`${double.url}/departments`)).rejects.toThrow('fetch failed');
  });
});
