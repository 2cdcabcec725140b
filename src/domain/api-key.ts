/** What an API key's prefix says about it. The key itself is never shown, only its prefix. */
import type { Refusal } from './refusal.js';
import type { Environment } from './urls.js';

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

/**
 * A key whose kind does not fit the environment: a test key sees none of production, a live
 * key in staging books and spends for real. Undefined when it fits, or its kind is unknown.
 */
export function keyKindRefusal(kind: KeyKind, environment: Environment): Refusal | undefined {
  if (kind === 'test' && environment === 'production') {
    return {
      problem: 'TEST key in production',
      hint: 'Use the production key (mk_live_…) from Settings > API > Production; a test key cannot see production data.'
    };
  }
  if (kind === 'live' && environment === 'staging') {
    return {
      problem: 'LIVE key in staging',
      hint: 'Use a test key (mk_test_…) in staging: a live key books real appointments and spends real credits.'
    };
  }
  return undefined;
}
