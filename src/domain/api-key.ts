/** What an API key's prefix says about it. The key itself is never shown, only its prefix. */

export type KeyKind = 'live' | 'test' | 'unknown';

/** `mk_live_`/`mk_test_` as the SDKs document; bare `live_`/`test_` as the guide spells them. */
const PREFIXES: readonly { prefix: string; kind: KeyKind }[] = [
  { prefix: 'mk_live_', kind: 'live' },
  { prefix: 'mk_test_', kind: 'test' },
  { prefix: 'live_', kind: 'live' },
  { prefix: 'test_', kind: 'test' }
];

export interface KeyInfo {
  kind: KeyKind;
  /** The recognised prefix, or null: the only part of a key that may ever be displayed. */
  prefix: string | null;
}

export function keyInfo(key: string): KeyInfo {
  const match = PREFIXES.find((p) => key.startsWith(p.prefix));
  return match ? { kind: match.kind, prefix: match.prefix } : { kind: 'unknown', prefix: null };
}

/** "mk_live_…" for a known key, a description for any other: never a character more. */
export function describeKey(key: string): string {
  const { prefix } = keyInfo(key);
  return prefix ? `${prefix}…` : 'a key with an unrecognised prefix';
}
