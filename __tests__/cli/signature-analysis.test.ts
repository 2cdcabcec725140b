import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { analyseSignature, TRAP_TEXT } from '../../src/cli/signature-analysis.js';

const SECRET = 'whsec_analysis_0123456789abcdef';
const hex = (secret: string, body: Buffer | string) => createHmac('sha256', secret).update(body).digest('hex');
const header = (body: Buffer | string, secret = SECRET) => `sha256=${hex(secret, body)}`;

/** A delivery as MONCRENEAU sends it: compact, non-ASCII escaped, a slash in a value. */
const RAW = Buffer.from('{"id":"evt_1","type":"appointment.created","data":{"object":{"id":7,"name":"\\u00c9lise","qrCode":"a/b"}}}', 'utf8');
const parsed = JSON.parse(RAW.toString('utf8'));

describe('analyseSignature', () => {
  it('a genuine delivery is valid, whatever blanks the shell left around the value', () => {
    expect(analyseSignature(SECRET, RAW, header(RAW))).toEqual({ valid: true });
    expect(analyseSignature(SECRET, RAW, ` ${header(RAW)}\n`)).toEqual({ valid: true });
    expect(analyseSignature(SECRET, RAW, header(RAW).toUpperCase().replace('SHA256=', 'sha256='))).toEqual({ valid: true });
  });

  it.each([
    ['the prefix dropped', () => hex(SECRET, RAW), RAW, ['prefix-missing']],
    ['the prefix doubled', () => `sha256=${header(RAW)}`, RAW, ['prefix-doubled']],
    ['the header pasted with its name', () => `X-Moncreneau-Signature: ${header(RAW)}`, RAW, ['header-name']],
    ['the name and no prefix', () => `x-moncreneau-signature:${hex(SECRET, RAW)}`, RAW, ['header-name', 'prefix-missing']],
    ['a newline added to the file', () => header(RAW), Buffer.concat([RAW, Buffer.from('\n')]), ['newline-added']],
    ['a CRLF added to the file', () => header(RAW), Buffer.concat([RAW, Buffer.from('\r\n')]), ['newline-added']],
    ['a newline lost from the file', () => header(Buffer.concat([RAW, Buffer.from('\n')])), RAW, ['newline-removed']],
    ['a body signed compact, captured pretty', () => header(JSON.stringify(parsed)), Buffer.from(JSON.stringify(parsed, null, 2)), ['reserialised-compact']],
    ['a body signed as sent, captured re-serialised by JS', () => header(RAW), Buffer.from(JSON.stringify(parsed)), ['reserialised-ascii']],
    ['a body signed pretty, captured compact', () => header(JSON.stringify(parsed, null, 2)), RAW, ['reserialised-pretty']],
    ['a body dumped by Python', () => header('{"id": "evt_1", "type": "appointment.created", "data": {"object": {"id": 7, "name": "\\u00c9lise", "qrCode": "a/b"}}}'), RAW, ['reserialised-python']],
    ['a body encoded by PHP', () => header('{"id":"evt_1","type":"appointment.created","data":{"object":{"id":7,"name":"\\u00c9lise","qrCode":"a\\/b"}}}'), RAW, ['reserialised-php']],
    ['a secret with a line break in the environment', () => header(RAW), RAW, ['secret-whitespace'], `${SECRET}\n`]
  ])('explains %s', (_, signature, body, traps, secret = SECRET) => {
    expect(analyseSignature(secret as string, body as Buffer, (signature as () => string)())).toEqual({ valid: false, kind: 'explained', traps });
  });

  it('another secret: nothing explains it', () => {
    expect(analyseSignature(SECRET, RAW, header(RAW, 'whsec_rotated_0123456789abcdef'))).toEqual({ valid: false, kind: 'unexplained' });
    expect(analyseSignature(SECRET, Buffer.from('not json'), header('other body'))).toEqual({ valid: false, kind: 'unexplained' });
  });

  it.each([
    ['', 'the value is empty'],
    ['sha256=', 'expected 64 hex digits, got 0 characters'],
    [`sha256=${'a'.repeat(63)}`, 'got 63 characters'],
    [`sha256=${'g'.repeat(64)}`, 'not all hex'],
    ['sha1=abc', 'not of that form']
  ])('a value that is not a signature (%j) is malformed, with the reason', (value, reason) => {
    const verdict = analyseSignature(SECRET, RAW, value);
    expect(verdict).toMatchObject({ valid: false, kind: 'malformed' });
    expect((verdict as { reason: string }).reason).toContain(reason);
  });

  it('has words for every trap', () => {
    for (const text of Object.values(TRAP_TEXT)) expect(text.length).toBeGreaterThan(40);
  });
});
