#!/usr/bin/env node
// A step of `npm run build`: every .js file of dist/ is made Latin-1 only. Node reads a module
// whose source holds one character above U+00FF (a dash, an arrow, a curly quote in a comment) as
// a two-byte string: twice the memory, and a slower parse, for every chunk a run loads (measured
// on the preflight: about 2 MiB of peak memory and 4 ms).
// Each such character is written as its escape, where JavaScript reads the escape as the
// character itself: strings, template text, regular expressions, names and comments. Then the
// file is parsed again and every string, template text, name and pattern compared with the
// original's: a changed meaning fails the build instead of shipping.
import { parse } from 'acorn';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = process.argv[2] ?? 'dist';
const WIDE = /[\u0100-\u{10FFFF}]/u;
const hex = (n, width) => n.toString(16).toUpperCase().padStart(width, '0');

const parseModule = (source) => parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });

/** Every node of the tree, parents before children, in source order. */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'range') continue;
    if (Array.isArray(value)) for (const child of value) yield* nodes(child);
    else if (value && typeof value === 'object') yield* nodes(value);
  }
}

/** A pattern with its escapes of characters above U+00FF (and identity escapes of them) read back. */
const widePattern = (pattern) =>
  pattern
    .replace(/\\u([0-9A-F]{4})\\u([0-9A-F]{4})|\\u([0-9A-F]{4})/gi, (m, high, low, one) => {
      const units = (one ? [one] : [high, low]).map((h) => parseInt(h, 16));
      return units.every((u) => u > 0xff) ? String.fromCharCode(...units) : m;
    })
    .replace(/\\([\u0100-\u{10FFFF}])/gu, '$1');

/** What the escapes must not change: the values the program reads, in order. */
function meaning(ast) {
  const values = [];
  for (const node of nodes(ast)) {
    if (node.type === 'Literal' && typeof node.value === 'string') values.push(`s:${node.value}`);
    else if (node.type === 'Literal' && node.regex) values.push(`r:${widePattern(node.regex.pattern)}/${node.regex.flags}`);
    else if (node.type === 'TemplateElement') values.push(`t:${node.value.cooked}`);
    else if (node.type === 'Identifier' || node.type === 'PrivateIdentifier') values.push(`i:${node.name}`);
  }
  return values;
}

/** The escape of one character: code units in a pattern (read the same with or without the u flag), else \u or \u{}. */
function escapeOf(char, inPattern) {
  const code = char.codePointAt(0);
  if (inPattern)
    return [0, 1]
      .slice(0, char.length)
      .map((i) => `\\u${hex(char.charCodeAt(i), 4)}`)
      .join('');
  return code > 0xffff ? `\\u{${hex(code, 1)}}` : `\\u${hex(code, 4)}`;
}

/** The source with every character above U+00FF escaped; throws where no escape keeps the meaning. */
export function latin1Source(source, file = 'source') {
  if (!WIDE.test(source)) return source;
  const ast = parseModule(source);
  const patterns = [];
  const rawTemplates = [];
  for (const node of nodes(ast)) {
    if (node.type === 'Literal' && node.regex) patterns.push([node.start, node.end]);
    // A tag reads the template's raw text, which an escape would change.
    if (node.type === 'TaggedTemplateExpression') rawTemplates.push([node.quasi.start, node.quasi.end]);
  }
  const within = (ranges, at) => ranges.some(([start, end]) => at >= start && at < end);
  let out = '';
  let copied = 0;
  for (const match of source.matchAll(/[\u0100-\u{10FFFF}]/gu)) {
    const at = match.index;
    if (within(rawTemplates, at))
      throw new Error(`${file}: a tagged template holds ${JSON.stringify(match[0])}, which cannot be escaped without changing its raw text`);
    let before = at;
    while (before > copied && source[before - 1] === '\\') before--;
    // "\’" is the character itself (an identity escape): its backslash goes with the escape.
    const escapedByHand = (at - before) % 2 === 1;
    out += source.slice(copied, escapedByHand ? at - 1 : at) + escapeOf(match[0], within(patterns, at));
    copied = at + match[0].length;
  }
  out += source.slice(copied);
  const [was, is] = [meaning(ast), meaning(parseModule(out))];
  const changed = was.findIndex((value, i) => value !== is[i]);
  if (changed >= 0 || was.length !== is.length) throw new Error(`${file}: escaping changed ${JSON.stringify(was[changed] ?? 'the number of values')}`);
  if (WIDE.test(out)) throw new Error(`${file}: a character above U+00FF is left`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of readdirSync(DIR).filter((n) => n.endsWith('.js'))) {
    const file = join(DIR, name);
    const source = readFileSync(file, 'utf8');
    const latin1 = latin1Source(source, file);
    if (latin1 !== source) writeFileSync(file, latin1);
  }
}
