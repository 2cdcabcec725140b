/** The one parser for JSON from outside: bounded in size and depth, never throwing, never quoting the text. */
import { describe, expect, it } from '@jest/globals';
import { readJson, sizeText } from '../../src/http/json-body.js';

describe('readJson', () => {
  it.each<[string, string | Buffer, unknown]>([
    ['an object', '{"balance":12,"items":[{"id":"a"}]}', { balance: 12, items: [{ id: 'a' }] }],
    ['a Buffer', Buffer.from('[1,2]'), [1, 2]],
    ['a byte-order mark before the JSON', '\uFEFF{"a":1}', { a: 1 }],
    ['brackets inside strings, which do not nest', `{"s":"${'['.repeat(500)}\\"${'{'.repeat(500)}"}`, { s: `${'['.repeat(500)}"${'{'.repeat(500)}` }],
    ['the same key in two objects', '[{"id":1},{"id":1,"b":{"id":2}}]', [{ id: 1 }, { id: 1, b: { id: 2 } }]],
    ['a key spelt like a value', '{"a":"a","b":["a","a"]}', { a: 'a', b: ['a', 'a'] }],
    ['exactly 64 levels', `${'['.repeat(64)}${']'.repeat(64)}`, JSON.parse(`${'['.repeat(64)}${']'.repeat(64)}`)]
  ])('when given %s then it is read', (_label, text, value) => {
    expect(readJson(text)).toEqual({ ok: true, value });
  });

  it.each<[string, string | Buffer, string, Parameters<typeof readJson>[1]]>([
    ['200,000 levels of arrays', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'nested deeper than 64 levels', {}],
    ['200,000 levels of objects, never closed', '{"a":'.repeat(200_000), 'nested deeper than 64 levels', {}],
    ['65 levels', `${'['.repeat(65)}${']'.repeat(65)}`, 'nested deeper than 64 levels', {}],
    ['a body past the size bound', `"${'x'.repeat(2 * 1024 * 1024)}"`, 'larger than 1 MiB', {}],
    ['a body past a bound given', '[1,2,3,4]', 'larger than 8 bytes', { maxBytes: 8 }],
    ['nothing', '', 'empty', {}],
    ['white space', ' \n\t', 'empty', {}],
    ['an HTML page', '<!doctype html><p>sk_live_secret</p>', 'not valid JSON', {}],
    ['JSON cut short', '{"a":[1,2', 'not valid JSON', {}],
    ['an id given twice', '{"id":500,"status":"SCHEDULED","id":7}', 'a key given twice in one object, so its value is ambiguous', {}],
    ['a key given twice after a nested object', '{"a":{"b":1},"a":2}', 'a key given twice in one object, so its value is ambiguous', {}],
    ['a key given twice, once escaped', '{"id":1,"\\u0069d":2}', 'a key given twice in one object, so its value is ambiguous', {}]
  ])('when given %s then it is unreadable, with the reason', (_label, text, reason, limits) => {
    expect(readJson(text, limits)).toEqual({ ok: false, reason });
  });

  it('when the text is not JSON then the reason does not echo any of it', () => {
    const read = readJson('{"key": mk_live_abcdefghijklmnop}');
    expect(JSON.stringify(read)).not.toContain('mk_live');
  });
});

describe('sizeText', () => {
  it.each([
    [512, '512 bytes'],
    [64 * 1024, '64 KiB'],
    [1024 * 1024, '1 MiB'],
    [50 * 1024 * 1024, '50 MiB'],
    [1.5 * 1024 * 1024, '1.5 MiB']
  ])('when %d bytes then %s', (bytes, text) => expect(sizeText(bytes)).toBe(text));
});
