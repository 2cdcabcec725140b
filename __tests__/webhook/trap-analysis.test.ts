/** Which trap explains a captured delivery that does not verify (the command line's `verify`). */
import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { analyseDelivery } from '../../src/webhook/trap-analysis.js';
import { writeBody } from '../../src/webhook/body-forms.js';
import { trapHint, trapLine, trapShort, type Trap } from '../../src/webhook/traps.js';

const SECRET = 'whsec_captured_delivery_secret';
const EVENT = { id: 'evt_1', type: 'appointment.created', data: { object: { id: 42, name: 'Déploiement / test' } } };
const signed = writeBody(EVENT, 'wire');
// Computed independently of the gate's signing code.
const hmac = (body: Buffer | string, secret = SECRET) => createHmac('sha256', secret).update(body).digest('hex');
const hex = hmac(signed);
const header = (body: Buffer | string, secret = SECRET) => `sha256=${hmac(body, secret)}`;

/** A delivery as MONCRENEAU sends it, written by hand: compact, non-ASCII escaped, a slash in a value. */
const RAW = Buffer.from('{"id":"evt_1","type":"appointment.created","data":{"object":{"id":7,"name":"\\u00c9lise","qrCode":"a/b"}}}', 'utf8');
const parsed = JSON.parse(RAW.toString('utf8'));
const nl = (body: Buffer, end = '\n') => Buffer.concat([body, Buffer.from(end)]);

describe('analyseDelivery', () => {
  it('says a delivery is valid when the sha256= value matches the raw body', () => {
    expect(analyseDelivery({ body: signed, signature: `sha256=${hex}`, secret: SECRET })).toEqual({ valid: true });
    expect(analyseDelivery({ body: signed, signature: `sha256=${hex.toUpperCase()}`, headerName: 'X-Moncreneau-Signature', secret: SECRET })).toEqual({
      valid: true
    });
  });

  it('a genuine delivery is valid, whatever blanks the shell left around the value or the case of its hex', () => {
    expect(analyseDelivery({ body: RAW, signature: ` ${header(RAW)}\n`, secret: SECRET })).toEqual({ valid: true });
    expect(analyseDelivery({ body: RAW, signature: header(RAW).toUpperCase().replace('SHA256=', 'sha256='), secret: SECRET })).toEqual({ valid: true });
  });

  it.each<[string, { body?: Buffer; signature?: string; headerName?: string; secret?: string }, Trap[]]>([
    ['bare hex (prefix missing)', { signature: hex }, [{ trap: 'prefix-missing' }]],
    ['read from X-Webhook-Signature', { signature: `sha256=${hex}`, headerName: 'x-webhook-signature' }, [{ trap: 'wrong-header' }]],
    ['a trailing newline added to the body', { body: nl(signed) }, [{ trap: 'trailing-newline', added: false }]],
    ['a trailing CRLF added to the body', { body: nl(signed, '\r\n') }, [{ trap: 'trailing-newline', added: false }]],
    ['the body captured as JSON.stringify', { body: writeBody(EVENT, 'compact') }, [{ trap: 'reserialised', form: 'compact' }]],
    ['the body captured as json.dumps', { body: writeBody(EVENT, 'python') }, [{ trap: 'reserialised', form: 'python' }]],
    ['the body captured as json_encode', { body: writeBody(EVENT, 'php') }, [{ trap: 'reserialised', form: 'php' }]],
    ['another secret', { secret: 'whsec_other_environment' }, [{ trap: 'wrong-secret' }]],
    ['a changed body', { body: writeBody({ ...EVENT, id: 'evt_2' }, 'wire') }, [{ trap: 'wrong-secret' }]],
    [
      'bare hex of a json.dumps capture',
      { signature: hex, body: writeBody(EVENT, 'python') },
      [{ trap: 'prefix-missing' }, { trap: 'reserialised', form: 'python' }]
    ],
    // The command line's cases: the value as pasted, the secret as exported, the body as saved.
    ['the prefix doubled', { signature: `sha256=${header(signed)}` }, [{ trap: 'prefix-doubled' }]],
    ['the header pasted with its name', { signature: `X-Moncreneau-Signature: ${header(signed)}` }, [{ trap: 'header-name' }]],
    ['the name and no prefix', { signature: `x-moncreneau-signature:${hex}` }, [{ trap: 'header-name' }, { trap: 'prefix-missing' }]],
    ['the SDK header pasted with its name', { signature: `X-Webhook-Signature: ${header(signed)}` }, [{ trap: 'wrong-header' }, { trap: 'header-name' }]],
    ['a secret with a line break in the environment', { secret: `${SECRET}\n` }, [{ trap: 'secret-whitespace' }]],
    [
      'a secret with blanks and a newline-ended file',
      { secret: ` ${SECRET} `, body: nl(signed) },
      [{ trap: 'secret-whitespace' }, { trap: 'trailing-newline', added: false }]
    ],
    ['a newline added to the file', { body: nl(RAW), signature: header(RAW) }, [{ trap: 'trailing-newline', added: false }]],
    ['a CRLF added to the file', { body: nl(RAW, '\r\n'), signature: header(RAW) }, [{ trap: 'trailing-newline', added: false }]],
    ['a newline lost from the file', { body: RAW, signature: header(nl(RAW)) }, [{ trap: 'trailing-newline', added: true }]],
    [
      'a body signed compact, captured pretty',
      { body: Buffer.from(JSON.stringify(parsed, null, 2)), signature: header(JSON.stringify(parsed)) },
      [{ trap: 'pretty-printed', captured: true }]
    ],
    [
      'a body signed as sent, captured pretty and saved with a newline',
      { body: Buffer.from(`${JSON.stringify(parsed, null, 2)}\n`), signature: header(RAW) },
      [{ trap: 'pretty-printed', captured: true }]
    ],
    [
      'a body signed as sent, captured re-serialised by JS',
      { body: Buffer.from(JSON.stringify(parsed)), signature: header(RAW) },
      [{ trap: 'reserialised', form: 'compact' }]
    ],
    [
      'a body signed pretty, captured compact',
      { body: RAW, signature: header(JSON.stringify(parsed, null, 2)) },
      [{ trap: 'pretty-printed', captured: false }]
    ],
    [
      'a body dumped by Python',
      { body: RAW, signature: header('{"id": "evt_1", "type": "appointment.created", "data": {"object": {"id": 7, "name": "\\u00c9lise", "qrCode": "a/b"}}}') },
      [{ trap: 'reserialised', form: 'python' }]
    ],
    [
      'a body encoded by PHP',
      { body: RAW, signature: header('{"id":"evt_1","type":"appointment.created","data":{"object":{"id":7,"name":"\\u00c9lise","qrCode":"a\\/b"}}}') },
      [{ trap: 'reserialised', form: 'php' }]
    ],
    [
      'a body signed as sent, captured in a form the gate does not name',
      { body: Buffer.from(JSON.stringify(parsed, null, 4)), signature: header(RAW) },
      [{ trap: 'rewritten' }]
    ]
  ])('names the trap: %s', (_label, change, traps) => {
    const out = analyseDelivery({ body: signed, signature: `sha256=${hex}`, secret: SECRET, ...change });
    expect(out).toEqual({ valid: false, kind: traps.some((t) => t.trap === 'wrong-secret') ? 'unexplained' : 'explained', problem: expect.any(String), traps });
  });

  it('another secret, or a body that is not JSON signed over other bytes: nothing explains it', () => {
    for (const verdict of [
      analyseDelivery({ body: RAW, signature: header(RAW, 'whsec_rotated_0123456789abcdef'), secret: SECRET }),
      analyseDelivery({ body: Buffer.from('not json'), signature: header('other body'), secret: SECRET })
    ]) {
      expect(verdict).toMatchObject({ valid: false, kind: 'unexplained', traps: [{ trap: 'wrong-secret' }] });
      expect((verdict as { problem: string }).problem).toMatch(/another secret .* or the body was changed after it arrived$/);
    }
  });

  it.each([
    [undefined, /^no signature value: MONCRENEAU sends X-Moncreneau-Signature: sha256=<64 hex digits>$/],
    ['', /^the value is empty: /],
    ['  \n', /^the value is empty: /],
    ['X-Moncreneau-Signature: ', /^the value is empty: /],
    ['sha256=', /after sha256=, expected 64 hex digits, got 0 characters$/],
    [`sha256=${'a'.repeat(63)}`, /got 63 characters$/],
    [`sha256=${'g'.repeat(64)}`, /got 64 characters, not all hex$/],
    ['sha256=zz', /got 2 characters, not all hex$/],
    [`sha256=sha256=${'a'.repeat(10)}`, /got 10 characters$/],
    ['sha1=abc', /^expected sha256=<64 hex digits>, got 8 characters not of that form$/]
  ])('a value that is not a signature (%j) is malformed, with the reason', (value, reason) => {
    const verdict = analyseDelivery({ body: RAW, signature: value, secret: SECRET });
    expect(verdict).toMatchObject({ valid: false, kind: 'malformed', traps: [] });
    expect((verdict as { problem: string }).problem).toMatch(reason);
  });

  it('never echoes the value it could not read (it may be a pasted secret)', () => {
    const verdict = analyseDelivery({ body: RAW, signature: SECRET, secret: SECRET });
    expect(JSON.stringify(verdict)).not.toContain(SECRET);
  });

  it('keeps the wrong header when the value is malformed', () => {
    expect(analyseDelivery({ body: RAW, signature: 'X-Webhook-Signature: sha1=abc', secret: SECRET })).toMatchObject({
      valid: false,
      kind: 'malformed',
      traps: [{ trap: 'wrong-header' }]
    });
  });

  it('handles a body that is not JSON', () => {
    const body = Buffer.from('plain text');
    expect(analyseDelivery({ body, signature: header(body), secret: SECRET })).toEqual({ valid: true });
    expect(analyseDelivery({ body, signature: `sha256=${hex}`, secret: SECRET })).toMatchObject({ valid: false, traps: [{ trap: 'wrong-secret' }] });
  });
});

describe('the words for every trap', () => {
  const ALL: Trap[] = [
    { trap: 'wrong-header' },
    { trap: 'prefix-kept' },
    { trap: 'prefix-missing' },
    { trap: 'wrong-secret' },
    { trap: 'reserialised', form: 'compact' },
    { trap: 'reserialised', form: 'python' },
    { trap: 'reserialised', form: 'php' },
    { trap: 'throws-when-missing', header: 'X-Moncreneau-Signature', status: 500 },
    { trap: 'trailing-newline', added: true },
    { trap: 'trailing-newline', added: false },
    { trap: 'header-name' },
    { trap: 'prefix-doubled' },
    { trap: 'secret-whitespace' },
    { trap: 'pretty-printed', captured: true },
    { trap: 'pretty-printed', captured: false },
    { trap: 'rewritten' }
  ];

  it.each(ALL.map((t) => [JSON.stringify(t), t] as const))('%s has a named line, a hint and a short name', (_label, t) => {
    expect(trapLine(t)).toMatch(/^[A-Z][\w-]*( [\w-]+)*: .{40,}[^.]$/);
    expect(trapHint(t)).toMatch(/^.{40,}\.$/);
    expect(trapShort(t).length).toBeGreaterThan(5);
  });

  it('every line is distinct', () => {
    expect(new Set(ALL.map(trapLine)).size).toBe(ALL.length);
  });
});
