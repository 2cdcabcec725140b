/** What an API key's prefix says about it, and that nothing past the prefix is ever shown. */
import { describe, expect, it } from '@jest/globals';
import { describeKey, keyInfo, keyKindRefusal, type KeyKind } from '../../src/domain/api-key.js';

const SECRET = '9fQ2xZ7pLw3RtY8uV1bN';

describe('keyInfo', () => {
  it.each<[string, string, KeyKind, string | null]>([
    ['an SDK live key', `mk_live_${SECRET}`, 'live', 'mk_live_'],
    ['an SDK test key', `mk_test_${SECRET}`, 'test', 'mk_test_'],
    ['a guide-style live key', `live_${SECRET}`, 'live', 'live_'],
    ['a guide-style test key', `test_${SECRET}`, 'test', 'test_'],
    ['the live prefix alone', 'mk_live_', 'live', 'mk_live_'],
    ['an unknown prefix', `sk_${SECRET}`, 'unknown', null],
    ['an upper-case prefix', `MK_LIVE_${SECRET}`, 'unknown', null],
    ['a prefix without its underscore', `mklive${SECRET}`, 'unknown', null],
    ['a prefix not at the start', ` mk_live_${SECRET}`, 'unknown', null],
    ['an empty key', '', 'unknown', null]
  ])('when the key is %s then its kind is %s', (_label, key, kind, prefix) => {
    expect(keyInfo(key)).toEqual({ kind, prefix });
  });
});

describe('describeKey', () => {
  it.each([
    [`mk_live_${SECRET}`, 'mk_live_…'],
    [`mk_test_${SECRET}`, 'mk_test_…'],
    [`live_${SECRET}`, 'live_…'],
    [`test_${SECRET}`, 'test_…'],
    [`sk_${SECRET}`, 'a key with an unrecognised prefix'],
    ['', 'a key with an unrecognised prefix']
  ])('when the key is %j then it is described as %j', (key, expected) => {
    expect(describeKey(key)).toBe(expected);
  });

  it.each([`mk_live_${SECRET}`, `mk_test_${SECRET}`, `live_${SECRET}`, `test_${SECRET}`, `sk_${SECRET}`, `mk_liv${SECRET}`, SECRET, `mk_live_ab`])(
    'when the key is %j then nothing past its prefix is shown',
    (key) => {
      const shown = describeKey(key);
      const prefix = keyInfo(key).prefix;
      // Any run of 2 characters past the prefix would be a leak.
      const rest = key.slice(prefix?.length ?? 0);
      for (let i = 0; i + 2 <= rest.length; i++) expect(shown).not.toContain(rest.slice(i, i + 2));
      expect(shown.length).toBeLessThanOrEqual(prefix ? prefix.length + 1 : 'a key with an unrecognised prefix'.length);
    }
  );
});

describe('keyKindRefusal', () => {
  it.each<[KeyKind, 'production' | 'staging', string | undefined]>([
    ['test', 'production', 'TEST key in production'],
    ['live', 'staging', 'LIVE key in staging'],
    ['live', 'production', undefined],
    ['test', 'staging', undefined],
    // An unknown kind is a warning of the config row, not a refusal to send.
    ['unknown', 'production', undefined],
    ['unknown', 'staging', undefined]
  ])('when a %s key is used in %s then the refusal is %j', (kind, environment, problem) => {
    expect(keyKindRefusal(kind, environment)?.problem).toBe(problem);
  });

  it('when a key is refused then the hint names the key to use instead', () => {
    expect(keyKindRefusal('test', 'production')?.hint).toMatch(/^Use the production key \(mk_live_…\) from Settings > API > Production/);
    expect(keyKindRefusal('live', 'staging')?.hint).toMatch(/^Use a test key \(mk_test_…\) in staging/);
  });
});
