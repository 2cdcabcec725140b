/** Reading a TLS certificate's validity, and judging it: invalid fails and says which, near expiry warns. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { makeCa, makeCertificate, makeCertificateSignedBy, type KeyAndCertificate } from '../../sandbox/certificate.mjs';
import { certificateOf, judgeCertificate, type CertificateRead } from '../../src/webhook/certificate.js';
import { createHttpClient } from '../../src/http/http-client.js';
import { pinnedLookup } from '../../src/webhook/reachability.js';

const NOW = new Date('2026-11-29T10:00:00Z');
const DAY = 86_400_000;
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe('judgeCertificate', () => {
  const valid = (validTo: Date): CertificateRead => ({ ok: true, validTo, subject: 'app.example', issuer: 'R3' });

  it('passes a certificate valid for more than 14 days, with its end date and issuer', () => {
    const out = judgeCertificate(valid(at(60 * DAY)), NOW);
    expect(out).toMatchObject({ status: 'pass', invalid: false, text: 'TLS certificate for app.example valid until 2027-01-28, issued by R3' });
  });

  it.each([
    [7 * DAY, 'the TLS certificate expires on 2026-12-06 (in 7 days)'],
    [14 * DAY - 1000, 'the TLS certificate expires on 2026-12-13 (in 14 days)'],
    [3 * 3_600_000, 'the TLS certificate expires on 2026-11-29 (within a day)']
  ])('warns %d ms before expiry, with the date', (left, text) => {
    const out = judgeCertificate(valid(at(left)), NOW);
    expect(out).toMatchObject({ status: 'warn', text });
    expect(out.hint).toMatch(/Renew/);
  });

  it('passes at exactly 14 days left', () => {
    expect(judgeCertificate(valid(at(14 * DAY)), NOW).status).toBe('pass');
  });

  it.each<[string, CertificateRead, RegExp]>([
    [
      'expired',
      { ok: false, kind: 'invalid', code: 'CERT_HAS_EXPIRED', message: 'the TLS certificate has expired', validTo: at(-DAY) },
      /^the TLS certificate has expired \(on 2026-11-28\)$/
    ],
    [
      'for another host',
      {
        ok: false,
        kind: 'invalid',
        code: 'ERR_TLS_CERT_ALTNAME_INVALID',
        message: 'the TLS certificate does not match the host name',
        altNames: 'DNS:wrong.example'
      },
      /does not match the host name \(it is for DNS:wrong\.example\)$/
    ],
    [
      'untrusted',
      {
        ok: false,
        kind: 'invalid',
        code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
        message: 'the TLS certificate is not signed by a trusted authority (untrusted or incomplete chain)'
      },
      /not signed by a trusted authority/
    ],
    [
      'unreadable',
      { ok: false, kind: 'unreadable', message: 'no TLS handshake with app.example within 300 ms' },
      /^the TLS certificate could not be checked: no TLS handshake/
    ]
  ])('fails a certificate that is %s and says which', (_label, read, text) => {
    const out = judgeCertificate(read, NOW);
    expect(out.status).toBe('fail');
    expect(out.invalid).toBe(read.ok === false && read.kind === 'invalid');
    expect(out.text).toMatch(text);
  });
});

describe('certificateOf a probe connection to a TLS server on loopback', () => {
  let ca: KeyAndCertificate;
  const servers: Server[] = [];
  beforeAll(async () => {
    ca = await makeCa();
  });
  afterAll(() => servers.forEach((s) => s.close()));

  async function serve(pair: KeyAndCertificate): Promise<URL> {
    const server = createServer({ key: pair.key, cert: pair.cert }, (socket) => socket.end());
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new URL(`https://localhost:${(server.address() as AddressInfo).port}/hook`);
  }
  /** What the HTTP client's own connection showed, or why there was none. */
  async function read(url: URL, ca?: string): Promise<CertificateRead> {
    let seen: CertificateRead | undefined;
    const client = createHttpClient({
      ca,
      lookup: pinnedLookup('localhost', [{ address: '127.0.0.1', family: 4 }]),
      onTlsSocket: (socket) => void (seen ??= certificateOf(socket, url))
    });
    try {
      const outcome = await client.send({ method: 'POST', url, headers: {}, body: '{}', timeoutMs: 2000, maxBodyBytes: 1000 });
      return seen ?? { ok: false, kind: 'unreadable', message: outcome.ok ? 'no handshake' : outcome.failure.message };
    } finally {
      await client.close();
    }
  }

  it('reads the end of validity of a trusted certificate', async () => {
    const url = await serve(await makeCertificateSignedBy(ca, { days: 7 }));
    const out = await read(url, ca.cert);
    expect(out.ok).toBe(true);
    if (out.ok) expect(Math.round((out.validTo.getTime() - Date.now()) / DAY)).toBe(7);
  });

  it.each([
    [
      'untrusted (signed by a CA the client does not know)',
      async () => makeCertificateSignedBy(await makeCa({ commonName: 'Unknown CA' })),
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
    ],
    ['self-signed', async () => makeCertificate(), 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['expired', async () => makeCertificateSignedBy(ca, { days: -1 }), 'CERT_HAS_EXPIRED'],
    ['for another host', async () => makeCertificateSignedBy(ca, { altNames: ['wrong.example'] }), 'ERR_TLS_CERT_ALTNAME_INVALID']
  ])('names the problem of a certificate that is %s', async (_label, make, code) => {
    const url = await serve(await make());
    const out = await read(url, ca.cert);
    expect(out).toMatchObject({ ok: false, kind: 'invalid', code });
  });

  it('says so when nothing answers, without throwing', async () => {
    const url = await serve(await makeCertificateSignedBy(ca));
    servers.pop()!.close();
    await new Promise((r) => setTimeout(r, 20));
    const out = await read(url, ca.cert);
    expect(out).toMatchObject({ ok: false, kind: 'unreadable', message: expect.stringMatching(/refused the connection/) });
  });
});
