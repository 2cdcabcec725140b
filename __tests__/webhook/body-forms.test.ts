/** The byte forms of one JSON value: the gate's wire form and three re-serialisations. */
import { describe, expect, it } from '@jest/globals';
import { RESERIALISED_FORMS, reserialise, writeBody } from '../../src/webhook/body-forms.js';
import { eventBody } from '../../src/webhook/probe-event.js';

const VALUE = { a: 'é/"', b: [1, true, null], c: { d: 'x' } };

describe('writeBody', () => {
  it.each([
    ['wire', '{"a":"\\u00e9/\\"","b":[1,true,null],"c":{"d":"x"}}'],
    ['compact', '{"a":"é/\\"","b":[1,true,null],"c":{"d":"x"}}'],
    ['python', '{"a": "\\u00e9/\\"", "b": [1, true, null], "c": {"d": "x"}}'],
    ['php', '{"a":"\\u00e9\\/\\"","b":[1,true,null],"c":{"d":"x"}}']
  ] as const)('writes %s exactly as that serialiser does', (form, expected) => {
    expect(writeBody(VALUE, form).toString('utf8')).toBe(expected);
  });

  it('escapes DEL for Python (ensure_ascii escapes everything outside space..tilde)', () => {
    expect(writeBody({ k: '\x7f' }, 'python').toString('utf8')).toBe('{"k": "\\u007f"}');
  });
});

describe('reserialise', () => {
  it('gives back each form’s own bytes: a body in form F survives an F re-serialisation', () => {
    for (const form of RESERIALISED_FORMS) expect(reserialise(writeBody(VALUE, form), form)!.equals(writeBody(VALUE, form))).toBe(true);
  });

  it('changes the gate’s wire body under every re-serialisation, so a verifier that rebuilds it is caught', () => {
    const wire = eventBody('evt_gate_0123456789abcdef01234567', new Date('2026-11-29T10:00:00Z'));
    for (const form of RESERIALISED_FORMS) expect(reserialise(wire, form)!.equals(wire)).toBe(false);
  });

  it('is undefined for a body that is not JSON', () => {
    expect(reserialise(Buffer.from('not json'), 'compact')).toBeUndefined();
  });
});
