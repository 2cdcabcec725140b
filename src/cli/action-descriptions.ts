/**
 * The inputs' descriptions for `--help`, read from action.yml, the one place they are written
 * (it ships in the package beside dist/). Read only when help is asked for; without the file,
 * help still lists every flag with its default.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** action.yml in this module's folder or up to three above it (src/cli/, dist/cli/, the package root). */
function findActionYml(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    try {
      const text = readFileSync(join(dir, 'action.yml'), 'utf8');
      if (/^name: MONCRENEAU deploy gate$/m.test(text)) return text;
    } catch {
      // not here: look one folder up
    }
    dir = dirname(dir);
  }
  return undefined;
}

const unquote = (s: string) => (/^'.*'$/.test(s) ? s.slice(1, -1).replace(/''/g, "'") : /^".*"$/.test(s) ? (JSON.parse(s) as string) : s);

/** Input name -> description, from action.yml's `inputs:` block (single-line descriptions). */
export function parseInputDescriptions(yml: string): Map<string, string> {
  const descriptions = new Map<string, string>();
  const block = /^inputs:\n((?:(?: .*)?\n)*)/m.exec(yml.replace(/\r\n/g, '\n'))?.[1] ?? '';
  let current: string | undefined;
  for (const line of block.split('\n')) {
    const name = /^ {2}([a-z0-9-]+):\s*$/.exec(line);
    if (name) current = name[1];
    const description = /^ {4}description:\s*(.+)$/.exec(line);
    if (description && current) descriptions.set(current, unquote(description[1]!.trim()));
  }
  return descriptions;
}

export function inputDescriptions(): Map<string, string> {
  const yml = findActionYml();
  return yml ? parseInputDescriptions(yml) : new Map();
}
