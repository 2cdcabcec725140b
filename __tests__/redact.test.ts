import { describe, it, expect } from '@jest/globals';
import { makeRedactor } from '../src/redact.js';

describe('makeRedactor', () => {
  it.each<[string, string, string]>([
    ['the raw secret', 'key=S3cr3tValue! end', 'S3cr3tValue!'],
    ['the secret twice', 'S3cr3tValue and S3cr3tValue', 'S3cr3tValue'],
    ['the JSON-escaped form of a secret with a quote', JSON.stringify({ k: 'a"quoted\\secret' }), 'a"quoted\\secret'],
    ['the JSON-escaped form of a multi-line secret', JSON.stringify({ pem: 'line1\nline2\tx' }), 'line1\nline2\tx'],
    ['the URL-encoded form', `https://x.example/?k=${encodeURIComponent('a b/c+d=e&f')}`, 'a b/c+d=e&f'],
    ['a URL-encoded key in a query', `https://x.example/?key=${encodeURIComponent('mk_live_ab/cd+ef==')}`, 'mk_live_ab/cd+ef==']
  ])('when the text holds %s then it is replaced', (_label, text, secret) => {
    const out = makeRedactor([secret])(text);
    expect(out).toContain('[redacted]');
    expect(out).not.toContain(secret);
    expect(out).not.toContain(JSON.stringify(secret).slice(1, -1));
    expect(out).not.toContain(encodeURIComponent(secret));
  });

  it('when one secret contains another then the longer one is replaced whole', () => {
    const redact = makeRedactor(['abcdefgh', 'XXabcdefghYY']);
    expect(redact('first XXabcdefghYY then abcdefgh')).toBe('first [redacted] then [redacted]');
    // Order of registration must not matter.
    expect(makeRedactor(['XXabcdefghYY', 'abcdefgh'])('first XXabcdefghYY then abcdefgh')).toBe('first [redacted] then [redacted]');
  });

  it.each<[string, string[]]>([
    ['no secrets', []],
    ['only empty secrets', ['', '']]
  ])('when there are %s then text is unchanged', (_label, secrets) => {
    const redact = makeRedactor(secrets);
    expect(redact('nothing secret here')).toBe('nothing secret here');
    expect(redact('')).toBe('');
  });

  it('when an empty secret is given with a real one then only the real one is replaced', () => {
    expect(makeRedactor(['', 'tok3n-0123'])('a tok3n-0123 b')).toBe('a [redacted] b');
  });

  it.each([
    ['trimmed', 'mk_live_PASTED123\n', 'key mk_live_PASTED123 rejected'],
    ['upper-cased', 'mk_live_Pasted123', 'KEY MK_LIVE_PASTED123 REJECTED'],
    ['base64', 'whsec_AbCdEf123456', `echo ${Buffer.from('whsec_AbCdEf123456').toString('base64')}`],
    ['one line of a multi-line secret', '-----BEGIN KEY-----\nAAAABBBBCCCCDDDD\n-----END KEY-----', 'line AAAABBBBCCCCDDDD']
  ])('when a server echoes the secret %s then it is replaced', (_label, secret, text) => {
    expect(makeRedactor([secret])(text)).toContain('[redacted]');
    expect(makeRedactor([secret])(text)).not.toMatch(/PASTED123|Pasted123|AAAABBBB|QWJDZGV/i);
  });

  it('does not hunt for pieces too short to be secrets, so ordinary words survive', () => {
    expect(makeRedactor(['pass'])('result pass')).toBe('result pass');
  });

  it('when a secret is not in the text then the text is unchanged', () => {
    expect(makeRedactor(['absent'])('present text')).toBe('present text');
  });

  // The summary escapes text before the IO layer redacts it, so the escaped forms must match too.
  it.each<[string, string, string, string]>([
    ['Markdown-escaped in the middle of a line', 'url https\\://x.example/mk\\_live\\_A1\\*b path', 'mk_live_A1*b', 'url https\\://x.example/[redacted] path'],
    ['Markdown-escaped at the start of a line', '\\--secret\\_x rest', '--secret_x', '[redacted] rest'],
    ['Markdown-escaped in mid-line after a dash', 'a --secret\\_x b', '--secret_x', 'a [redacted] b'],
    ['Markdown-escaped with a leading number marker', '1\\.2\\_three rest', '1.2_three', '[redacted] rest'],
    ['Markdown-escaped with newlines folded to spaces', 'pem a\\_b c\\_d end', 'a_b\nc_d', 'pem [redacted] end']
  ])('when the text holds the secret %s then it is replaced', (_label, text, secret, expected) => {
    expect(makeRedactor([secret])(text)).toBe(expected);
  });
});
