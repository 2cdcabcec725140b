/** Judging a certificate read whose chain expired: the intermediate named when it is the one out of date, not the leaf. Pure. */
import { describe, expect, it } from '@jest/globals';
import { judgeCertificate, type CertificateFinding, type CertificateRead } from '../../src/webhook/certificate.js';

const NOW = new Date('2026-11-29T10:00:00Z');
const LEAF_VALID_TO = new Date('2027-01-28T10:00:00Z');
const INTERMEDIATE_ENDED = new Date('2026-11-19T10:00:00Z');
const LEAF_ENDED = new Date('2026-11-28T10:00:00Z');
const EXPIRED_MESSAGE = 'the TLS certificate has expired';

const INTERMEDIATE_HINT =
  'Serve the current intermediate certificate from your certificate authority with the endpoint’s certificate: the leaf itself is still valid.';
const RENEW_HINT = 'Renew the webhook endpoint’s certificate: MONCRENEAU refuses to deliver to an expired one.';

describe('judgeCertificate on an expired chain', () => {
  it.each<[string, CertificateRead, CertificateFinding]>([
    [
      'an intermediate expired and the leaf is still valid',
      {
        ok: false,
        kind: 'invalid',
        code: 'CERT_HAS_EXPIRED',
        message: EXPIRED_MESSAGE,
        validTo: LEAF_VALID_TO,
        expired: { position: 'intermediate', name: 'Example Intermediate CA R3', validTo: INTERMEDIATE_ENDED }
      },
      {
        status: 'fail',
        invalid: true,
        text: 'the TLS certificate chain has an expired intermediate certificate, Example Intermediate CA R3 (on 2026-11-19)',
        hint: INTERMEDIATE_HINT,
        data: {
          code: 'CERT_HAS_EXPIRED',
          validTo: '2027-01-28T10:00:00.000Z',
          expiredIntermediate: 'Example Intermediate CA R3',
          expiredOn: '2026-11-19T10:00:00.000Z'
        }
      }
    ],
    [
      'an intermediate expired and the leaf’s end could not be read',
      {
        ok: false,
        kind: 'invalid',
        code: 'CERT_HAS_EXPIRED',
        message: EXPIRED_MESSAGE,
        expired: { position: 'intermediate', name: 'unnamed', validTo: INTERMEDIATE_ENDED }
      },
      {
        status: 'fail',
        invalid: true,
        text: 'the TLS certificate chain has an expired intermediate certificate, unnamed (on 2026-11-19)',
        hint: INTERMEDIATE_HINT,
        data: { code: 'CERT_HAS_EXPIRED', expiredIntermediate: 'unnamed', expiredOn: '2026-11-19T10:00:00.000Z' }
      }
    ],
    [
      'the leaf itself expired',
      {
        ok: false,
        kind: 'invalid',
        code: 'CERT_HAS_EXPIRED',
        message: EXPIRED_MESSAGE,
        validTo: LEAF_ENDED,
        expired: { position: 'leaf', name: 'app.example', validTo: LEAF_ENDED }
      },
      {
        status: 'fail',
        invalid: true,
        text: 'the TLS certificate has expired (on 2026-11-28)',
        hint: RENEW_HINT,
        data: { code: 'CERT_HAS_EXPIRED', validTo: '2026-11-28T10:00:00.000Z' }
      }
    ],
    [
      'it expired and which link is unknown',
      { ok: false, kind: 'invalid', code: 'CERT_HAS_EXPIRED', message: EXPIRED_MESSAGE, validTo: LEAF_ENDED },
      {
        status: 'fail',
        invalid: true,
        text: 'the TLS certificate has expired (on 2026-11-28)',
        hint: RENEW_HINT,
        data: { code: 'CERT_HAS_EXPIRED', validTo: '2026-11-28T10:00:00.000Z' }
      }
    ],
    [
      'an expired intermediate is noted but verification failed for another reason',
      {
        ok: false,
        kind: 'invalid',
        code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
        message: 'the TLS certificate is not signed by a trusted authority (untrusted or incomplete chain)',
        validTo: LEAF_VALID_TO,
        expired: { position: 'intermediate', name: 'Example Intermediate CA R3', validTo: INTERMEDIATE_ENDED }
      },
      {
        status: 'fail',
        invalid: true,
        text: 'the TLS certificate is not signed by a trusted authority (untrusted or incomplete chain)',
        hint: 'Serve a certificate from a public certificate authority with its full chain: MONCRENEAU verifies it as a browser would.',
        data: { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', validTo: '2027-01-28T10:00:00.000Z' }
      }
    ]
  ])('when %s then the verdict names it', (_label, read, expected) => {
    expect(judgeCertificate(read, NOW)).toEqual(expected);
  });

  it('when an intermediate expired then the leaf’s future end date is not given as the expiry', () => {
    const read: CertificateRead = {
      ok: false,
      kind: 'invalid',
      code: 'CERT_HAS_EXPIRED',
      message: EXPIRED_MESSAGE,
      validTo: LEAF_VALID_TO,
      expired: { position: 'intermediate', name: 'Example Intermediate CA R3', validTo: INTERMEDIATE_ENDED }
    };
    const out = judgeCertificate(read, NOW);
    expect(out.text).not.toContain('2027-01-28');
    expect(out.hint).not.toMatch(/^Renew/);
  });
});
