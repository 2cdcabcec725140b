import { describe, expect, it } from '@jest/globals';
import { makeRedactor, prepareRedactor } from '../src/redact.js';

const KEY = 'mk_live_R4nd0mPartOfTheKey9';
const HOOK = 'whsec_Zq8LmN3vB7xK2pT5';
const SECRETS = [KEY, HOOK];

/** Texts that leave different codes behind in a reused view: long ones, then short ones ending in a token's first code. */
const TEXTS = [
  `${'x'.repeat(5000)} ${KEY} %2F \\u0041 &#x41; <U+0041>`,
  'ends with a backslash \\',
  'ends with a percent %',
  'ends with an ampersand &',
  'ends with a tag start <U',
  `short ${HOOK}`,
  `${HOOK.slice(6).split('').join(' ')} split by spaces`,
  `${encodeURIComponent(KEY).replace(/_/g, '%5F')} percent-encoded`,
  `${Buffer.from(KEY).toString('base64')} base64`,
  `${[...HOOK].map((c) => `&#${c.charCodeAt(0)};`).join('')} entities`,
  'plain text without anything to hide, but long enough to be viewed',
  '\\n\\r\\t',
  '&amp',
  ''
];

describe('a redactor reuses its views from one text to the next', () => {
  it('gives each text what a fresh redactor gives it, in any order', () => {
    const reused = makeRedactor(SECRETS);
    const orders = [TEXTS, [...TEXTS].reverse(), TEXTS.flatMap((t) => [t, TEXTS[0]!])];
    for (const order of orders) {
      for (const text of order) expect(reused(text)).toBe(makeRedactor(SECRETS)(text));
    }
  });

  it('still hides every secret after a long text has grown its views', () => {
    const redact = makeRedactor(SECRETS);
    redact('y'.repeat(100_000));
    for (const text of TEXTS.slice(5, 10)) {
      const out = redact(text);
      for (const secret of SECRETS) expect(out).not.toContain(secret.slice(8, 16));
      expect(out).toContain('[redacted]');
    }
  });
});

describe('one redactor per set of secrets', () => {
  const key = 'mk_test_sharedredactor0001';
  const hook = 'whsec_quiteanothersigningvalue';

  it('when the same secrets are given again, in any order, then the index already made is used', () => {
    expect(makeRedactor([key, hook, ''])).toBe(makeRedactor([hook, key]));
  });

  it('when other secrets are given then another redactor redacts them, and the first is unchanged', () => {
    const first = makeRedactor([key]);
    const other = makeRedactor([hook]);
    expect(other).not.toBe(first);
    expect(other(`echo ${hook}`)).not.toContain('quiteanother');
    expect(first(`echo ${hook}`)).toContain('quiteanother');
    expect(first(`echo ${key}`)).not.toContain('sharedredactor0001');
  });
});

describe('a redactor prepared ahead of its first text', () => {
  it('when prepared then it redacts each text as one whose index was built by its first text', () => {
    // Another set of secrets (one more, in no text), so not the same redactor.
    const prepared = makeRedactor([...SECRETS, 'ghs_inNoTextAtAllButASecretToo0000000000']);
    prepareRedactor(prepared);
    prepareRedactor(prepared);
    const lazy = makeRedactor(SECRETS);
    for (const text of TEXTS) expect(prepared(text)).toBe(lazy(text));
    expect(prepared(`echo ${KEY}`)).not.toContain('R4nd0mPart');
  });

  it('when there is nothing to redact, or the function is no redactor, then preparing changes nothing', () => {
    const none = makeRedactor(['', '']);
    prepareRedactor(none);
    expect(none(`echo ${KEY}`)).toBe(`echo ${KEY}`);
    const identity = (text: string) => text;
    expect(() => prepareRedactor(identity)).not.toThrow();
  });
});
