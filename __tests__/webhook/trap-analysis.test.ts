/** Which trap explains a captured delivery that does not verify (the CLI's `verify`). */
import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { analyseDelivery } from '../../src/webhook/trap-analysis.js';
import { writeBody } from '../../src/webhook/body-forms.js';

const SECRET = 'whsec_captured_delivery_secret';
const EVENT = { id: 'evt_1', type: 'appointment.created', data: { object: { id: 42, name: 'Déploiement / test' } } };
const signed = writeBody(EVENT, 'wire');
// Computed independently of the gate's signing code.
const hex = createHmac('sha256', SECRET).update(signed).digest('hex');

describe('analyseDelivery', () => {
  it('says a delivery is valid when the sha256= value matches the raw body', () => {
    expect(analyseDelivery({ body: signed, signature: `sha256=${hex}`, secret: SECRET })).toEqual({ valid: true });
    expect(analyseDelivery({ body: signed, signature: `sha256=${hex.toUpperCase()}`, headerName: 'X-Moncreneau-Signature', secret: SECRET })).toEqual({ valid: true });
  });

  it.each([
    ['bare hex (prefix missing)', { signature: hex }, [{ trap: 'prefix-missing' }]],
    ['read from X-Webhook-Signature', { signature: `sha256=${hex}`, headerName: 'x-webhook-signature' }, [{ trap: 'wrong-header' }]],
    ['a trailing newline added to the body', { body: Buffer.concat([signed, Buffer.from('\n')]) }, [{ trap: 'trailing-newline', added: false }]],
    ['a trailing CRLF added to the body', { body: Buffer.concat([signed, Buffer.from('\r\n')]) }, [{ trap: 'trailing-newline', added: false }]],
    ['the body captured as JSON.stringify', { body: writeBody(EVENT, 'compact') }, [{ trap: 'reserialised', form: 'compact' }]],
    ['the body captured as json.dumps', { body: writeBody(EVENT, 'python') }, [{ trap: 'reserialised', form: 'python' }]],
    ['the body captured as json_encode', { body: writeBody(EVENT, 'php') }, [{ trap: 'reserialised', form: 'php' }]],
    ['another secret', { secret: 'whsec_other_environment' }, [{ trap: 'wrong-secret' }]],
    ['a changed body', { body: writeBody({ ...EVENT, id: 'evt_2' }, 'wire') }, [{ trap: 'wrong-secret' }]],
    ['bare hex of a json.dumps capture', { signature: hex, body: writeBody(EVENT, 'python') }, [{ trap: 'prefix-missing' }, { trap: 'reserialised', form: 'python' }]]
  ])('names the trap: %s', (_label, change, traps) => {
    const out = analyseDelivery({ body: signed, signature: `sha256=${hex}`, secret: SECRET, ...change });
    expect(out).toMatchObject({ valid: false, traps });
  });

  it('a body signed without a trailing newline it now lacks: the newline was stripped', () => {
    const withNewline = Buffer.concat([signed, Buffer.from('\n')]);
    const sig = createHmac('sha256', SECRET).update(withNewline).digest('hex');
    expect(analyseDelivery({ body: signed, signature: `sha256=${sig}`, secret: SECRET })).toMatchObject({ valid: false, traps: [{ trap: 'trailing-newline', added: true }] });
  });

  it('says what is wrong with a missing or malformed value', () => {
    expect(analyseDelivery({ body: signed, signature: undefined, secret: SECRET })).toMatchObject({ valid: false, problem: expect.stringMatching(/^no signature value/) });
    expect(analyseDelivery({ body: signed, signature: 'sha256=zz', secret: SECRET })).toMatchObject({ valid: false, problem: 'the value is not sha256= followed by 64 hex digits' });
  });

  it('handles a body that is not JSON', () => {
    const body = Buffer.from('plain text');
    const sig = createHmac('sha256', SECRET).update(body).digest('hex');
    expect(analyseDelivery({ body, signature: `sha256=${sig}`, secret: SECRET })).toEqual({ valid: true });
    expect(analyseDelivery({ body, signature: `sha256=${hex}`, secret: SECRET })).toMatchObject({ valid: false, traps: [{ trap: 'wrong-secret' }] });
  });
});
