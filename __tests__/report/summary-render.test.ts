/**
 * The summary through a real GitHub-flavoured Markdown renderer (marked, gfm), the one the
 * README's screenshots use: server text must come out as the same characters, with no stray
 * backslash or entity, and never as a tag, a link or an extra cell.
 */
import { describe, expect, it } from '@jest/globals';
import { commentBody, commentMarker } from '../../src/report/pr-comment.js';
import { renderSummary } from '../../src/report/summary.js';
import { render, visible } from '../helpers/markdown.js';
import { checkResult, report } from '../helpers/results.js';

/** The cells of the table's body rows, as HTML. */
function bodyCells(html: string): string[][] {
  const body = /<tbody>([^]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([^]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<td>([^]*?)<\/td>/g)].map((cell) => cell[1]!));
}

const SAMPLES = [
  'plain words, numbers 42 and 3.5',
  'snake_case_name and *stars* and __dunder__',
  'a | pipe and \\ a backslash',
  '<script>alert(1)</script> <img src=x onerror=alert(1)>',
  '[click](https://evil.example) ![img](https://evil.example/x.png)',
  'https://evil.example/path?q=1&r=2 and www.evil.example',
  '@octocat #12 acme/shop#3',
  '`code` ~~strike~~ $x^2$ &amp; &lt;b&gt; &copy;',
  '{"error":{"code":"INVALID_API_KEY","message":"Invalid key"}}',
  'Appointment 12 was NOT cancelled: curl -X DELETE https://api/x -H "X-API-Key: $KEY"',
  'l’apostrophe typographique, accents éàü, emoji ✅'
];

describe('the summary rendered as GitHub does', () => {
  it.each(SAMPLES)('when a check says %j then the reader sees exactly that', (text) => {
    const html = render(renderSummary(report([checkResult('api', 'fail', text, { title: 'API reachability', hints: [text] })])));
    const [row] = bodyCells(html);
    expect(row).toHaveLength(5);
    expect(visible(row![2]!)).toBe(text);
    expect(visible(row![4]!)).toBe(text);
    for (const cell of row!) expect(cell).not.toMatch(/<(a|img|script|code|del|strong|em)\b/);
  });

  it.each(['- a leading dash', '# a leading hash', '1. a leading number', '> a leading quote', '+ a leading plus'])(
    'when a detail line is %j then it renders as that text in its list item',
    (line) => {
      const html = render(renderSummary(report([checkResult('api', 'warn', 'x', { title: 'API', details: [line] })])));
      const items = [...html.matchAll(/<li>([^]*?)<\/li>/g)].map((m) => visible(m[1]!.trim()));
      expect(items).toEqual([line]);
    }
  );

  it('when the environment is hostile then the heading shows it as text', () => {
    const html = render(renderSummary(report([checkResult('config', 'fail', 'x')], { environment: '<b>prod</b> [x](y)' })));
    const heading = /<h2>([^]*?)<\/h2>/.exec(html)?.[1] ?? '';
    expect(visible(heading)).toBe('MONCRENEAU deploy gate — <b>prod</b> [x](y) — ❌ blocked');
  });

  it.each(SAMPLES)('when a check says %j then the pull request comment shows the same text, mentions broken by a zero-width space', (text) => {
    const summary = renderSummary(report([checkResult('api', 'fail', text, { title: 'API reachability', hints: [text] })]));
    const html = render(commentBody({ marker: commentMarker('production', 'preflight'), summary }));
    const [row] = bodyCells(html);
    expect(row).toHaveLength(5);
    const seen = visible(row![2]!);
    expect(seen.replace(/\u200b/g, '')).toBe(text);
    // GitHub's mention and issue-reference patterns no longer match.
    expect(seen).not.toMatch(/@[A-Za-z0-9]|#\d/);
  });
});
