/** A secret is used exactly as stored: blanks around it are refused, never trimmed. */
import { describe, expect, it } from '@jest/globals';
import { isPadded, paddedRefusal } from '../../src/domain/secrets.js';

const KEY = 'mk_live_9fQ2xZ7pLw3RtY8uV1bN';

describe('isPadded', () => {
  it.each([
    ['a trailing newline', `${KEY}\n`, true],
    ['a Windows line ending', `${KEY}\r\n`, true],
    ['a leading space', ` ${KEY}`, true],
    ['a tab on both sides', `\t${KEY}\t`, true],
    ['a no-break space', `${KEY}\u00a0`, true],
    ['nothing around it', KEY, false],
    ['a space inside it', 'mk_live_9fQ2 xZ7pLw3RtY8uV1bN', false],
    ['the empty string', '', false]
  ])('when the value has %s then padded is %s', (_label, value, padded) => {
    expect(isPadded(value)).toBe(padded);
  });
});

describe('paddedRefusal', () => {
  it('when the key is padded then the refusal says so and how to store it', () => {
    expect(paddedRefusal('api-key', `${KEY}\n`)).toEqual({
      problem: 'the API key has spaces or line breaks around it',
      hint: 'Store the key without surrounding whitespace; the API compares it exactly.'
    });
  });

  it('when the webhook secret is padded then the refusal says signatures would not match', () => {
    const refusal = paddedRefusal('webhook-secret', 'whsec_0123456789abcdef\n');
    expect(refusal?.problem).toBe('the webhook secret has spaces or line breaks around it');
    expect(refusal?.hint).toMatch(/no trailing newline.*would not match/);
  });

  it('when nothing is around the value then there is no refusal', () => {
    expect(paddedRefusal('api-key', KEY)).toBeUndefined();
    expect(paddedRefusal('webhook-secret', 'whsec_0123456789abcdef')).toBeUndefined();
  });
});
