/** When a read-only call is tried again and how long the gate waits first: pure, fixed clock and fixed randomness. */
import { describe, expect, it } from '@jest/globals';
import type { NetworkFailure, NetworkFailureKind } from '../../src/http/network-error.js';
import { backoffDelay, isRetryableFailure, isRetryableStatus, nextDelay, parseRetryAfter } from '../../src/http/retry-policy.js';

const failure = (kind: NetworkFailureKind, code: string): NetworkFailure => ({ kind, code, message: `${kind} (${code})` });

describe('isRetryableFailure', () => {
  it.each<[NetworkFailureKind, string, boolean]>([
    ['dns', 'EAI_AGAIN', true],
    ['dns', 'ENOTFOUND', false],
    ['refused', 'ECONNREFUSED', true],
    ['timeout', 'UND_ERR_CONNECT_TIMEOUT', true],
    ['timeout', 'UND_ERR_HEADERS_TIMEOUT', true],
    ['reset', 'ECONNRESET', true],
    ['other', 'Error', true],
    ['tls', 'CERT_HAS_EXPIRED', false],
    ['too-large', 'BODY_TOO_LARGE', false],
    ['aborted', 'AbortError', false],
    ['blocked-address', 'BLOCKED_ADDRESS', false]
  ])('when the failure is %s (%s) then a retry is %s', (kind, code, expected) => {
    expect(isRetryableFailure(failure(kind, code))).toBe(expected);
  });
});

describe('isRetryableStatus', () => {
  it.each([
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [200, false],
    [301, false],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
    [499, false]
  ])('when the API answers %i then a retry is %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  const NOW = Date.parse('2026-03-01T12:00:00Z');

  it.each<[string, string | undefined, number | undefined]>([
    ['delta seconds', '120', 120_000],
    ['zero seconds', '0', 0],
    ['delta seconds with spaces around', ' 7 ', 7_000],
    ['an HTTP date 30 s in the future', 'Sun, 01 Mar 2026 12:00:30 GMT', 30_000],
    ['an HTTP date in the past', 'Sun, 01 Mar 2026 11:59:00 GMT', 0],
    ['an HTTP date exactly now', 'Sun, 01 Mar 2026 12:00:00 GMT', 0],
    ['garbage', 'soon', undefined],
    ['garbage with a unit', '5 minutes', undefined],
    ['an empty value', '', undefined],
    ['only spaces', '   ', undefined],
    ['no header', undefined, undefined]
  ])('when Retry-After is %s (%j) then the wait is %j ms', (_label, value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  // Date.parse is lenient ("banana 2" is 2001-02-01): read as a date, these would mean "retry at
  // once" and skip the backoff.
  it('when Retry-After is text that only a lenient date parser accepts then it is unreadable', () => {
    expect(['banana 2', '1.5', '-1'].map((value) => parseRetryAfter(value, NOW))).toEqual([undefined, undefined, undefined]);
  });
});

describe('backoffDelay', () => {
  it.each([
    // attempt, base, random, expected: base·2^attempt·(0.5 + random), rounded
    [0, 500, 0, 250],
    [1, 500, 0, 500],
    [2, 500, 0, 1000],
    [3, 500, 0, 2000],
    [0, 500, 0.5, 500],
    [2, 500, 0.5, 2000],
    [0, 500, 0.999, 750],
    [1, 500, 0.999, 1499],
    [2, 500, 0.999, 2998],
    [3, 500, 0.999, 5996],
    [1, 100, 0, 100]
  ])('when attempt %i with base %i ms and random %d then the wait is %i ms', (attempt, base, random, expected) => {
    expect(backoffDelay(attempt, base, random)).toBe(expected);
  });

  it.each([0, 1, 2, 3, 4, 5])('when attempt %i then the wait stays between half and one and a half of base·2^attempt', (attempt) => {
    const nominal = 500 * 2 ** attempt;
    expect(backoffDelay(attempt, 500, 0)).toBe(nominal / 2);
    expect(backoffDelay(attempt, 500, 0.999)).toBeGreaterThan(nominal * 1.49);
    expect(backoffDelay(attempt, 500, 0.999)).toBeLessThanOrEqual(nominal * 1.5);
  });
});

describe('nextDelay', () => {
  it.each<[string, number | undefined, number]>([
    ['the server gives Retry-After 3 s', 3_000, 3_000],
    ['the server gives a Retry-After longer than the backoff', 60_000, 60_000],
    ['the server says Retry-After 0', 0, 0],
    ['the server gives no Retry-After', undefined, 1_000]
  ])('when %s then the wait is %i ms', (_label, retryAfterMs, expected) => {
    // Backoff alone for attempt 1, base 500, random 0.5 is 1000 ms.
    expect(nextDelay(1, 500, 0.5, retryAfterMs)).toBe(expected);
  });
});
