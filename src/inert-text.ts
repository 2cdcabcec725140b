/**
 * Text from outside made inert before it is written: no character that renders as nothing,
 * reorders the line or breaks it (shown as `<U+202E>` instead), and nothing the Actions runner
 * would read as a workflow command. Pure; applied by the IO layer to every line and by the
 * Markdown escaper to every piece of quoted text.
 */

/**
 * Controls (C0, DEL, C1), format characters (bidi embeddings, overrides and isolates, zero-width
 * characters, the BOM, invisible tag characters), line and paragraph separators, lone surrogates,
 * and the letters that render blank (Hangul fillers, combining grapheme joiner, Mongolian selectors).
 */
// eslint-disable-next-line no-misleading-character-class -- lone joiners and selectors are exactly what is shown
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\uffa0]/gu;

/** Breaks and tabs fold to a space where one line is wanted: a space cannot fake a line. */
const LINE_BREAKS = /[\r\n\t\v\f]+/g;

const codePoint = (c: string) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

/** Every invisible character shown as `<U+XXXX>`; `\n` kept when `keepNewlines` (multi-line text). */
function showInvisible(text: string, keepNewlines = false): string {
  if (!keepNewlines) return text.replace(INVISIBLE, codePoint);
  return text.replace(/\r\n/g, '\n').replace(INVISIBLE, (c) => (c === '\n' ? c : c === '\t' ? ' ' : codePoint(c)));
}

/** Line breaks and tabs become one space, the rest of the invisible characters are shown. */
export function oneVisibleLine(text: string): string {
  return showInvisible(text.replace(LINE_BREAKS, ' '));
}

/**
 * No workflow command can start: the runner reads `::name::` at the start of a line (after
 * leading white space) and the legacy `##[name]` anywhere in a line. A backslash breaks both
 * and still reads as the same characters (Markdown renders `\:` and `\[` as `:` and `[`).
 */
function noRunnerCommand(text: string): string {
  return text.replace(/##\[/g, '##\\[').replace(/^(\s*):(?=:)/gm, '$1:\\');
}

/** Multi-line text with every invisible character shown, `\n` kept (for writers with their own command rules). */
export function visibleText(text: string): string {
  return showInvisible(text, true);
}

/** One log line (the `info` of the IO layer): one line, nothing invisible, no command. */
export function inertLine(text: string): string {
  return noRunnerCommand(oneVisibleLine(text));
}

/** Multi-line text (annotations, outputs, the summary): lines kept, nothing invisible, no command. */
export function inertText(text: string): string {
  return noRunnerCommand(showInvisible(text, true));
}
