/**
 * Escaping for text that did not come from the project (server answers, user values): it must
 * render as the same characters and never as Markdown, HTML, a mention, a link or a table break.
 * Backslash escapes keep the raw Markdown readable in a terminal too.
 */
import { oneVisibleLine } from '../inert-text.js';

/** ASCII punctuation that can start markup anywhere in a line. */
const SPECIAL = /[\\`*_[\]<>~$|&!#@]/g;

/** Escapes that apply anywhere in a line (no line-start rules). */
function escapeSpecials(text: string): string {
  return (
    text
      .replace(SPECIAL, (c) => `\\${c}`)
      // Bare URLs would become links: break the autolink patterns.
      .replace(/:\/\//g, '\\://')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, -1)}\\.`)
  );
}

/**
 * One line of inline text: line breaks and tabs become spaces, every other control, bidi or
 * zero-width character is shown as `<U+XXXX>` (it would disguise the line), specials escaped.
 */
export function escapeInline(text: string): string {
  const oneLine = oneVisibleLine(text).trim();
  return (
    escapeSpecials(oneLine)
      // A leading marker would start a list, a heading underline or a thematic break.
      .replace(/^[-+=]/, (m) => `\\${m}`)
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** Keeps a cell readable: long server text is cut before escaping, with the cut marked. */
export function shorten(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
