/**
 * Structural reading of the Markdown the gate writes, with no renderer: CommonMark's rule is
 * that a backslash before ASCII punctuation makes that character literal, so a character is
 * "live" markup only when it is not consumed by such an escape.
 */

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** The characters that are live (not backslash-escaped), with their positions. */
export function liveCharacters(markdown: string): { char: string; index: number }[] {
  const live: { char: string; index: number }[] = [];
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i]!;
    if (c === '\\' && i + 1 < markdown.length && ASCII_PUNCTUATION.test(markdown[i + 1]!)) {
      i++; // the escaped character is literal
      continue;
    }
    live.push({ char: c, index: i });
  }
  return live;
}

/** What a reader sees once escapes are resolved (the rendered characters). */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** A table row's cells, split on live pipes only; the outer empty cells are dropped. */
export function tableCells(row: string): string[] {
  const cuts = liveCharacters(row)
    .filter((c) => c.char === '|')
    .map((c) => c.index);
  const cells: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) cells.push(row.slice(cuts[k]! + 1, cuts[k + 1]!).trim());
  return cells;
}
