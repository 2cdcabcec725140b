/** The signature wire format against known answers computed independently with openssl. */
import { describe, expect, it } from '@jest/globals';
import { EVENT_HEADER, SIGNATURE_HEADER, sign } from '../../src/webhook/signature.js';

describe('sign', () => {
  // printf '%s' '{"id":"evt_known","type":"appointment.created"}' | openssl dgst -sha256 -hmac whsec_known_answer_vector
  const KNOWN = 'afc0327f63e3d577e0ad953cbc7b2d28c321c9bc728d9af704ec46348314ce0a';
  const body = '{"id":"evt_known","type":"appointment.created"}';

  it('is sha256= and the lowercase hex HMAC-SHA256 of the body, keyed with the secret as given', () => {
    expect(sign('whsec_known_answer_vector', body)).toBe(`sha256=${KNOWN}`);
  });

  it('signs the same bytes whether given a string or a Buffer', () => {
    expect(sign('whsec_known_answer_vector', Buffer.from(body, 'utf8'))).toBe(`sha256=${KNOWN}`);
  });

  it('keys with the UTF-8 bytes of the secret, prefix included, and hashes the raw bytes', () => {
    // printf '%s' '{"name":"d\u00e9ploiement / test"}' | openssl dgst -sha256 -hmac $'whsec_caf\xc3\xa9'
    expect(sign('whsec_café', '{"name":"d\\u00e9ploiement / test"}')).toBe('sha256=284b025eaf5e5cca79f5b46396146ae4569a9cb69f488f9df5e86ebac496466c');
  });

  it('signs an empty body', () => {
    // printf '' | openssl dgst -sha256 -hmac whsec_known_answer_vector
    expect(sign('whsec_known_answer_vector', '')).toBe('sha256=7f53511e8e8604541519da6823452b12dab330348c038cf8bbeb1b3cbaf3c097');
  });

  it('changes with the secret and with a single byte of the body', () => {
    expect(sign('whsec_known_answer_vectoR', body)).not.toBe(`sha256=${KNOWN}`);
    expect(sign('whsec_known_answer_vector', body.replace('evt_known', 'evt_knowm'))).not.toBe(`sha256=${KNOWN}`);
  });

  it('names the documented headers', () => {
    expect(SIGNATURE_HEADER).toBe('X-Moncreneau-Signature');
    expect(EVENT_HEADER).toBe('X-Moncreneau-Event');
  });
});
