import { describe, it, expect } from '@jest/globals';
import { escapeInline, shorten } from '../../src/report/markdown.js';
import { elements, readerSees, render } from '../helpers/markdown.js';

const HOSTILE: [string, string][] = [
  ['a script tag', '<script>alert(document.cookie)</script>'],
  ['an img tag with a handler', '<img src=x onerror=alert(1)>'],
  ['a table-breaking pipe', 'error | injected | cells |'],
  ['a Markdown link', '[click me](http://x)'],
  ['an image', '![tracker](https://evil.example/p.png)'],
  ['bold text', '**bold** and __bold__'],
  ['emphasis', '*em* _em_'],
  ['backticks', '`code` and ``` fence'],
  ['a mention', '@octocat please look'],
  ['a team mention', 'ping @org/team'],
  ['an issue reference', 'fixes #123'],
  ['a bare https URL', 'see https://evil.example/phish'],
  ['a bare www URL', 'visit www.evil.example now'],
  ['an email autolink', 'mail admin@evil.example'],
  ['an HTML entity', 'a &amp; b &lt;tag&gt;'],
  ['strikethrough', '~~gone~~'],
  ['math', '$x^2$'],
  ['a backslash', 'C:\\path\\to'],
  ['a footnote', 'text[^1]'],
  ['a leading list marker', '- item'],
  ['a leading plus', '+ item'],
  ['a leading heading marker', '# Heading'],
  ['a leading ordered marker', '1. first'],
  ['a leading ordered paren marker', '12) twelfth'],
  ['a leading blockquote', '> quoted'],
  ['a setext underline', '==='],
  ['a thematic break', '---'],
  ['an autolink in angle brackets', '<https://evil.example>']
];

describe('escapeInline', () => {
  it.each(HOSTILE)('when the text is %s then it renders as one plain paragraph: no tag, link, image, emphasis or block', (_label, text) => {
    expect(elements(render(escapeInline(text)))).toEqual(['p']);
  });

  it.each(HOSTILE)('when the text is %s then it renders as the same characters', (_label, text) => {
    expect(readerSees(escapeInline(text)).trim()).toBe(text);
  });

  it.each(HOSTILE)('when the text is %s then it stays in its table cell', (_label, text) => {
    const html = render(`| a | b |\n|---|---|\n| ${escapeInline(text)} | end |`);
    expect(elements(html)).toEqual(['table', 'thead', 'tr', 'th', 'th', 'tbody', 'tr', 'td', 'td']);
    expect(readerSees(`| a |\n|---|\n| ${escapeInline(text)} |`)).toContain(text);
  });

  it.each<[string, string, string]>([
    ['a script tag', '<script>', '\\<script\\>'],
    ['a pipe', 'a | b', 'a \\| b'],
    ['a link', '[l](http://x)', '\\[l\\](http\\://x)'],
    ['bold', '**b**', '\\*\\*b\\*\\*'],
    ['a backtick', '`c`', '\\`c\\`'],
    ['a mention', '@admin', '\\@admin'],
    ['a bare URL', 'go https://x.example', 'go https\\://x.example'],
    ['a www URL', 'www.x.example', 'www\\.x.example'],
    ['a leading dash', '- a', '\\- a'],
    ['a leading hash', '# a', '\\# a'],
    ['a leading number', '1. a', '1\\. a'],
    ['a leading equals', '= a', '\\= a'],
    // GitHub reads these, a CommonMark renderer does not: their escapes are checked as text.
    ['an issue reference', 'fixes #123', 'fixes \\#123'],
    ['a team mention', 'ping @org/team', 'ping \\@org/team'],
    ['math', '$x^2$', '\\$x^2\\$'],
    ['a footnote', 'text[^1]', 'text\\[^1\\]'],
    ['a backslash', 'C:\\path', 'C:\\\\path']
  ])('when the text is %s then it is escaped exactly', (_label, text, expected) => {
    expect(escapeInline(text)).toBe(expected);
  });

  it.each([
    ['LF', 'one\ntwo'],
    ['CRLF', 'one\r\ntwo'],
    ['CR', 'one\rtwo'],
    ['a tab', 'one\ttwo'],
    ['several breaks', 'one\n\n\ntwo']
  ])('when the text has %s then it stays on one line', (_label, text) => {
    const escaped = escapeInline(text);
    expect(escaped).toBe('one two');
    expect(escaped).not.toMatch(/[\r\n\u2028]/);
  });

  it.each<[string, string, string]>([
    ['a right-to-left override', 'pass\u202Eliaf', '202E'],
    ['a left-to-right embedding', 'a\u202Ab', '202A'],
    ['a first-strong isolate', 'a\u2068b', '2068'],
    ['a pop directional isolate', 'a\u2069b', '2069'],
    ['a left-to-right mark', 'a\u200Eb', '200E'],
    ['a right-to-left mark', 'a\u200Fb', '200F'],
    ['an Arabic letter mark', 'a\u061Cb', '061C'],
    ['a zero-width space', 'a\u200Bb', '200B'],
    ['a zero-width joiner', 'a\u200Db', '200D'],
    ['a byte order mark', 'a\uFEFFb', 'FEFF'],
    ['a line separator', 'a\u2028b', '2028'],
    ['a paragraph separator', 'a\u2029b', '2029'],
    ['a NUL', 'a\u0000b', '0000'],
    ['an escape character', 'a\u001b[31mb', '001B'],
    ['a C1 control', 'a\u009bb', '009B'],
    ['an invisible tag character', 'a\u{E0041}b', 'E0041']
  ])('when the text has %s then it is shown as its code point, not hidden', (_label, text, code) => {
    const escaped = escapeInline(text);
    expect(escaped).toContain(`\\<U+${code}\\>`);
    expect(readerSees(escaped)).toContain(`<U+${code}>`);
    expect(escaped).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]/u);
  });

  it('when a line break would start a new block then the next line cannot become a heading or a list', () => {
    const escaped = escapeInline('ok\n# Injected heading\n- injected item\n| a | b |');
    expect(escaped.split('\n')).toHaveLength(1);
    expect(elements(render(escaped))).toEqual(['p']);
  });

  it('when the text is surrounded by spaces then they are trimmed, so it cannot become a code block', () => {
    expect(escapeInline('    indented code')).toBe('indented code');
  });

  it('when the text is plain then it is unchanged', () => {
    expect(escapeInline('30 credits available, minimum 50')).toBe('30 credits available, minimum 50');
    expect(escapeInline('')).toBe('');
  });
});

describe('shorten', () => {
  it.each<[string, string, number | undefined, string]>([
    ['shorter than the limit', 'abc', 5, 'abc'],
    ['exactly at the limit', 'abcde', 5, 'abcde'],
    ['one over the limit', 'abcdef', 5, 'abcd…'],
    ['much longer', 'x'.repeat(1000), 10, `${'x'.repeat(9)}…`],
    ['empty', '', 5, '']
  ])('when the text is %s then it becomes the expected text', (_label, text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
    expect(shorten(text, max).length).toBeLessThanOrEqual(max ?? 300);
  });

  it('when no limit is given then 300 characters are kept', () => {
    expect(shorten('y'.repeat(300))).toBe('y'.repeat(300));
    const cut = shorten('y'.repeat(301));
    expect(cut).toHaveLength(300);
    expect(cut.endsWith('…')).toBe(true);
  });
});
