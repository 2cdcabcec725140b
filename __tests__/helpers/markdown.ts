/**
 * The Markdown the gate writes, read as a reader sees it: rendered by marked with GitHub's
 * flavour (tables, autolinks, strikethrough), then the visible text, the HTML elements and the
 * table cells of what came out. marked knows no mentions, issue references or math: the tests
 * of escapeInline check their escapes as text.
 */
import { Marked } from 'marked';

const marked = new Marked({ gfm: true });

/** The HTML GitHub-flavoured Markdown turns this into. */
export function render(markdown: string): string {
  return marked.parse(markdown, { async: false }) as string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** What a reader sees in a piece of HTML: tags dropped (a `<br>` as a line break), entities decoded. */
export function visible(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(
      /&(#\d+|#x[0-9a-f]+|\w+);/gi,
      (m, e: string) =>
        ENTITIES[e] ?? (e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : m)
    );
}

/** The text a reader sees once this Markdown is rendered. */
export function readerSees(markdown: string): string {
  return visible(render(markdown));
}

/** The names of the HTML elements in rendered Markdown, in order ("p", "table", "a"...). */
export function elements(html: string): string[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((m) => m[1]!.toLowerCase());
}

/** Elements that would mean server text became markup: a link, an image, a tag, code, emphasis, a heading, a list. */
export const INJECTED = [
  'a',
  'img',
  'script',
  'code',
  'strong',
  'em',
  'del',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'pre',
  'table',
  'details',
  'b',
  'input'
];

/** The rendered HTML of each cell of one table row, split as GitHub splits it. */
export function rowCellsHtml(row: string): string[] {
  // GitHub makes a table only when the header row has as many cells as the delimiter row below it:
  // the row, read as a header, has exactly the count that makes a table.
  for (let count = 1; count <= 64; count++) {
    const head = /<thead>([^]*?)<\/thead>/.exec(render(`${row}\n|${'---|'.repeat(count)}`))?.[1];
    if (head !== undefined) return [...head.matchAll(/<th(?: [^>]*)?>([^]*?)<\/th>/g)].map((m) => m[1]!);
  }
  throw new Error(`not a table row: ${row}`);
}

/** What a reader sees in each cell of one table row (trimmed). */
export function rowCells(row: string): string[] {
  return rowCellsHtml(row).map((cell) => visible(cell).trim());
}
