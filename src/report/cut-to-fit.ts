/**
 * Cutting Markdown to a size a destination accepts (GitHub's job summary, a pull request
 * comment), at a line break, keeping what comes first and saying that it was cut. Pure.
 */

const count = (line: string, tag: string) => line.split(tag).length - 1;

/** How a destination measures text: characters for a comment, UTF-8 bytes for the summary file. */
export type Measure = (text: string) => number;
export const utf16Units: Measure = (text) => text.length;
export const utf8Bytes: Measure = (text) => Buffer.byteLength(text, 'utf8');

/**
 * The leading lines of `markdown` that fit `budget` together with `note`, closing a code fence
 * or `<details>` block left open by the cut, so the note renders as text. Unchanged when it fits.
 */
export function cutToFit(markdown: string, budget: number, note: string, measure: Measure): string {
  if (measure(markdown) <= budget) return markdown;
  const tail = (fence: boolean, details: number) => (fence ? 4 : 0) + (details > 0 ? 1 + details * '</details>\n'.length : 0) + 1 + measure(note);
  const kept: string[] = [];
  let size = 0;
  let fence = false;
  let details = 0;
  for (const line of markdown.split('\n')) {
    const nextFence: boolean = line.startsWith('```') ? !fence : fence;
    const nextDetails = fence ? details : Math.max(0, details + count(line, '<details>') - count(line, '</details>'));
    const lineSize = measure(line) + 1;
    if (size + lineSize + tail(nextFence, nextDetails) > budget) break;
    kept.push(line);
    size += lineSize;
    fence = nextFence;
    details = nextDetails;
  }
  const closers = [...(fence ? ['```'] : []), ...(details > 0 ? ['', ...Array<string>(details).fill('</details>')] : [])];
  return [...kept, ...closers, '', note].join('\n');
}
