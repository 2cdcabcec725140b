/**
 * The build's Latin-1 step (scripts/latin1-bundle.mjs): every character above U+00FF escaped
 * where JavaScript reads the escape as the character, the program's values unchanged, and the
 * committed bundle free of such characters.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { latin1Source } from '../../scripts/latin1-bundle.mjs';

const WIDE = /[\u0100-\u{10FFFF}]/u;

/** What a script leaves in `out`, run on its own. */
const outOf = (source: string): unknown => runInNewContext(`${source}; out`);

describe('latin1Source', () => {
  it.each([
    ['a string and a comment', "const s = '— dash ’quote’'; // → comment\nvar out = s;"],
    ['template text around a substitution', 'const n = 2; var out = `x → ${n} ← y`;'],
    ['a name', 'const ŵeight = 3; var out = ŵeight * 2;'],
    ['an astral character in a string and a template', "var out = ['😀', `😀`].join('|');"],
    ['an identity escape of a wide character', "var out = 'a\\’b';"],
    ['Latin-1 characters, left as they are', "var out = 'café — ü';"]
  ])('when the source holds %s then the result is Latin-1 and gives the same value', (_, source) => {
    const latin1 = latin1Source(source);
    expect(latin1).not.toMatch(WIDE);
    expect(outOf(latin1)).toEqual(outOf(source));
  });

  it('when a pattern holds wide characters then it matches exactly what it matched before, with and without the u flag', () => {
    const source = 'var out = [/[–—]+x/u, /😀/, /[😀]/u, /a\\—b/];';
    const latin1 = latin1Source(source);
    expect(latin1).not.toMatch(WIDE);
    const [before, after] = [outOf(source), outOf(latin1)] as RegExp[][];
    for (const input of ['—x', '–x', 'x', '😀', '\uD83D', 'a😀b', 'a—b', 'ab']) {
      before!.forEach((pattern, i) => expect([input, after![i]!.exec(input)?.[0]]).toEqual([input, pattern.exec(input)?.[0]]));
    }
  });

  it('when a tagged template holds a wide character then it refuses, since the tag reads the raw text', () => {
    expect(() => latin1Source('var out = String.raw`→`;', 'chunk.js')).toThrow(/chunk\.js: a tagged template holds "→"/);
  });

  it('when the source is already Latin-1 then it is returned unchanged', () => {
    const source = "var out = 'plain, café';";
    expect(latin1Source(source)).toBe(source);
  });
});

describe('the committed bundle', () => {
  it('holds no character above U+00FF in any chunk (each would make Node read the chunk as two-byte text)', () => {
    const dist = join(process.cwd(), 'dist');
    const wide = readdirSync(dist)
      .filter((name) => name.endsWith('.js'))
      .filter((name) => WIDE.test(readFileSync(join(dist, name), 'utf8')));
    expect(wide).toEqual([]);
  });
});
