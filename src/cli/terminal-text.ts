/**
 * Text made safe for any terminal or CI log: nothing a server wrote can move the cursor, clear
 * the screen or be read as a CI runner's command (GitHub's `::name::`, `##[name]`, Azure's
 * `##vso[`), because the command line runs in logs that obey them.
 */

import { visibleText } from '../inert-text.js';

/** C0 and C1 controls (ESC, CSI, BEL...) except tab and line feed, and the Unicode line separators. */
// eslint-disable-next-line no-control-regex -- these characters are what is removed
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/** A line a runner would read as a workflow command: `::` first, leading blanks ignored. */
const LINE_COMMAND = /^(\s*):(?=:)/gm;
/** `##[group]`, `##vso[task.setvariable ...]`: recognised anywhere in a line by some runners. */
const HASH_COMMAND = /##(?=\[|vso\[)/gi;

/**
 * Neutralised text: controls become spaces, bidi, zero-width and other invisible characters are
 * shown as <U+XXXX> (as in the job log), command openers lose their meaning but stay readable.
 */
export function terminalSafe(text: string): string {
  const spaced = text.replace(/\r\n/g, '\n').replace(CONTROLS, ' ');
  // Tabs kept: a terminal lays them out, they hide nothing.
  return spaced.split('\t').map(visibleText).join('\t').replace(LINE_COMMAND, '$1: ').replace(HASH_COMMAND, '# #');
}

/** One row's text: line breaks folded too (CR, NEL, U+2028 already are), so a server cannot print a row of its own. */
export function terminalLine(text: string): string {
  return terminalSafe(text.replace(/\n/g, ' '));
}

export interface Palette {
  green(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

const COLOURS: Palette = { green: sgr(32, 39), yellow: sgr(33, 39), red: sgr(31, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
const PLAIN: Palette = { green: (s) => s, yellow: (s) => s, red: (s) => s, dim: (s) => s, bold: (s) => s };

/** Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
export function wantsColour(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY === true;
}

export function palette(colour: boolean): Palette {
  return colour ? COLOURS : PLAIN;
}
