// A job summary's Markdown as GitHub shows it: GitHub-flavoured Markdown rendered to HTML
// (marked, gfm) inside a page styled like the job summary card, with system fonts. Used by
// scripts/screenshots.mjs and by the test that renders hostile server text.
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false });

/** GitHub's summary renderer, as far as the gate's summaries go. @param {string} markdown */
export function renderGfm(markdown) {
  return /** @type {string} */ (marked.parse(markdown, { async: false }));
}

const CSS = `
  :root { color-scheme: light; }
  body { margin: 0; padding: 24px; background: #f6f8fa; color: #1f2328;
         font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
  .card { max-width: 1040px; margin: 0 auto; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
  .card > header { padding: 12px 16px; border-bottom: 1px solid #d0d7de; font-weight: 600; font-size: 14px; }
  .card > header span { color: #59636e; font-weight: 400; }
  .markdown-body { padding: 16px 24px 8px; }
  h2 { font-size: 1.5em; font-weight: 600; margin: 8px 0 16px; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
  p, table, details, blockquote, pre { margin: 0 0 16px; }
  table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  th, td { padding: 6px 13px; border: 1px solid #d1d9e0; vertical-align: top; }
  th { font-weight: 600; }
  tr:nth-child(2n) { background: #f6f8fa; }
  blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
  pre { padding: 16px; background: #f6f8fa; border-radius: 6px; overflow: auto; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
  code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
  summary { cursor: pointer; }
`;

/**
 * A whole HTML page: the card's title (as the job's name) and the rendered summary.
 * @param {string} markdown @param {{ job: string }} options
 */
export function summaryPage(markdown, options) {
  const job = options.job.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${job}</title><style>${CSS}</style></head>
<body><div class="card"><header>${job} <span>summary</span></header>
<div class="markdown-body">
${renderGfm(markdown)}
</div></div></body></html>
`;
}
