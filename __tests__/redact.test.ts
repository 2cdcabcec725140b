import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { makeRedactor, redactDeep } from '../src/redact.js';
import { escapeInline } from '../src/report/markdown.js';
import { ENCODINGS, base64Windows, findLeaks, generateSecret, randomPartOf, seeded } from './helpers/secret-scan.js';

const KEY = 'mk_live_Q7vR2xKp9LmN4sT8wY1zA3bC5dE6fG0h';
const RANDOM = KEY.slice('mk_live_'.length);
const redact = makeRedactor([KEY]);

describe('makeRedactor: forms of a whole secret', () => {
  it.each<[string, string]>([
    ['raw', `key=${KEY} end`],
    ['upper-cased', `KEY ${KEY.toUpperCase()} REJECTED`],
    ['split by a line break', `key ${KEY.slice(0, 20)}\n${KEY.slice(20)} end`],
    ['split by a CRLF and spaces', `key ${KEY.slice(0, 15)} \r\n   ${KEY.slice(15)} end`],
    ['split by a space after every character', `key ${[...KEY].join(' ')} end`],
    ['split by zero-width spaces', `key ${[...KEY].join('\u200b')} end`],
    ['split every 4 characters by escaped line breaks in JSON', JSON.stringify({ m: KEY.replace(/(.{4})/g, '$1\n') })],
    ['split every 3 characters by percent-encoded spaces', KEY.replace(/(.{3})/g, '$1%20')],
    ['JSON-escaped with \\/', JSON.stringify({ k: `a/${KEY}` }).replace(/\//g, '\\/')],
    ['percent-encoded', `?k=${encodeURIComponent(KEY)}`],
    ['hex', Buffer.from(KEY).toString('hex')],
    ['upper-case hex', Buffer.from(KEY).toString('hex').toUpperCase()],
    ['HTML hex entities', [...KEY].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join('')],
    ['HTML decimal entities', [...KEY].map((c) => `&#${c.charCodeAt(0)};`).join('')],
    ['JSON \\u escapes', [...KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')],
    ['Markdown-escaped by the gate', escapeInline(`see ${KEY}`)]
  ])('when the text holds the key %s then no 8 characters of its random part are left', (_label, text) => {
    const out = redact(text);
    expect(out).toContain('[redacted]');
    expect(findLeaks(out, [KEY])).toEqual([]);
  });

  it.each([0, 1, 2])('when the key is inside a base64 JSON blob at byte offset %i then it is redacted', (pad) => {
    const blob = Buffer.from(`${'x'.repeat(pad)}{"error":"bad key ${KEY}","at":"now"}`).toString('base64');
    for (const text of [blob, blob.replace(/\+/g, '-').replace(/\//g, '_'), blob.replace(/(.{76})/g, '$1\n')]) {
      const out = redact(text);
      expect(out).toContain('[redacted]');
      for (let i = 0; i + 8 <= RANDOM.length; i++) for (const b64 of base64Windows(RANDOM.slice(i, i + 8))) expect(out).not.toContain(b64);
    }
  });

  it('when a server echoes a truncated key then every run of 8 characters past the prefix is removed, the prefix stays', () => {
    const out = redact(`invalid key ${KEY.slice(0, 17)}...`);
    expect(out).toBe('invalid key mk_live_[redacted]...');
  });

  it('when a server echoes 7 characters of the random part then they may stay (shorter than a window)', () => {
    expect(redact(`key mk_live_${RANDOM.slice(0, 7)}…`)).toBe(`key mk_live_${RANDOM.slice(0, 7)}…`);
  });

  it('when the gate describes the key by its prefix then the text is unchanged', () => {
    expect(redact('the api-key mk_live_… is a live key')).toBe('the api-key mk_live_… is a live key');
  });

  it('when two pieces of the key sit side by side then they become one [redacted]', () => {
    expect(redact(`${RANDOM.slice(0, 16)}${RANDOM.slice(10, 30)}`)).toBe('[redacted]');
  });

  it('when the random part after a prefix is shorter than a window then the whole secret is hunted', () => {
    const token = 'github_pat_abc1';
    expect(makeRedactor([token])(`x ${token} y`)).toBe('x [redacted] y');
  });

  it.each<[string, string[]]>([
    ['no secrets', []],
    ['only empty secrets', ['', '']],
    ['a secret shorter than a window', ['pass']]
  ])('when there are %s then text is unchanged', (_label, secrets) => {
    const r = makeRedactor(secrets);
    expect(r('nothing secret here, result pass')).toBe('nothing secret here, result pass');
    expect(r('')).toBe('');
  });

  it('when a secret contains another then both are replaced whole, whatever their order', () => {
    for (const secrets of [
      ['abcdefgh', 'XXabcdefghYY'],
      ['XXabcdefghYY', 'abcdefgh']
    ]) {
      expect(makeRedactor(secrets)('first XXabcdefghYY then abcdefgh')).toBe('first [redacted] then [redacted]');
    }
  });

  it('when a multi-line secret is given then one of its lines alone is redacted', () => {
    const pem = '-----BEGIN KEY-----\nAAAABBBBCCCCDDDD\n-----END KEY-----';
    expect(makeRedactor([pem])('line AAAABBBBCCCCDDDD')).toBe('line [redacted]');
  });

  it('when a value is redacted deep then strings and keys are redacted, numbers kept', () => {
    expect(redactDeep({ [RANDOM]: [KEY, 3, { m: `x ${KEY}` }] }, redact)).toEqual({ '[redacted]': ['mk_live_[redacted]', 3, { m: 'x mk_live_[redacted]' }] });
  });

  it('when a made-up secret holds a word then ordinary text using it in another case stays readable', () => {
    const text = 'Pull request #12: gate comment created (https://github.example/acme/shop/pull/12#issuecomment-1000).';
    expect(makeRedactor(['ghs_E2EcommentToken_9Lm4Hq7Pz2Vc', 'mk_test_E2Ecomment5Gd82KsWq1'])(text)).toBe(text);
  });

  it('when the text has none of the secret then ordinary text, hex ids and base64 survive', () => {
    const text = 'request 3f9a2b1c8d7e6f50 failed; trace dGhpcyBpcyBmaW5lIHRleHQ= at https://x.example/a%2Fb &amp; more';
    expect(redact(text)).toBe(text);
  });
});

describe('makeRedactor: the invariant, for generated secrets (seeded)', () => {
  /** A hostile echo: some window of the random part, in some encoding, among noise. */
  function echo(random: () => number, secret: string): string {
    const part = randomPartOf(secret);
    const from = Math.floor(random() * (part.length - 8));
    const to = from + 8 + Math.floor(random() * (part.length - from - 8 + 1));
    const piece = part.slice(from, to);
    const encodings = Object.values(ENCODINGS);
    const encode = encodings[Math.floor(random() * encodings.length)]!;
    const base64 = (s: string) => Buffer.from(`${'z'.repeat(Math.floor(random() * 3))}{"k":"${s}"}`).toString('base64');
    const shown = random() < 0.2 ? base64(piece) : encode(piece);
    return `${'noise '.repeat(Math.floor(random() * 5))}${shown} tail`;
  }

  it('leaves no window of any secret in any encoding, for 400 generated cases', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const random = seeded(seed);
      const secrets = [generateSecret(random), generateSecret(random)];
      const r = makeRedactor(secrets);
      const text = `${echo(random, secrets[0]!)}\n${echo(random, secrets[1]!)}`;
      expect({ seed, leaks: findLeaks(r(text), secrets) }).toEqual({ seed, leaks: [] });
    }
  });

  it('leaves ordinary text alone: the whole README is unchanged for 50 pairs of generated secrets', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const random = seeded(99);
    for (let i = 0; i < 50; i++) {
      const secrets = [generateSecret(random), generateSecret(random)];
      const out = makeRedactor(secrets)(readme);
      expect({ secrets, changed: out !== readme }).toEqual({ secrets, changed: false });
    }
  });

  // Its speed is a budget of `npm run bench` (scripts/bench-redact.mjs), not a timed test.
  it('redacts a secret in the middle of 1 MB of text with two 64-character secrets', () => {
    const random = seeded(7);
    const secrets = [generateSecret(random, 64), generateSecret(random, 64)];
    const r = makeRedactor(secrets);
    const filler = 'The quick brown fox jumps over the lazy dog 0123456789 {"a":"b"} %2F &amp; ';
    const text = `${filler.repeat(Math.ceil(1_000_000 / filler.length) / 2)}${secrets[0]}${filler.repeat(Math.ceil(1_000_000 / filler.length) / 2)}`;
    const out = r(text);
    expect(findLeaks(out.slice(490_000, 520_000), secrets)).toEqual([]);
    expect(out.length).toBeLessThan(text.length);
  });
});
