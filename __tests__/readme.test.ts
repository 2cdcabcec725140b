/**
 * The README's outputs table must match action.yml: users copy from the README. Its inputs
 * table is checked against the table of inputs (settings/input-table.test.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { mapAt, readActionYml, type YamlMap } from './helpers/action-yml.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const action = readActionYml(new URL('../action.yml', import.meta.url).pathname);

/** Rows of the first table under `## heading`, as cells without the surrounding pipes. */
function tableUnder(heading: string): string[][] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section`);
  const section = readme.slice(start + 1).split(/\n## /)[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim())
    );
}

const nameOf = (cell: string) => cell.replace(/^`|`$/g, '');

describe('README tables match action.yml', () => {
  const outputs = mapAt(action, 'outputs');

  it('lists every output of action.yml, and no other, with its description', () => {
    const rows = tableUnder('Outputs');
    expect(rows.map((r) => nameOf(r[0]!)).sort()).toEqual(Object.keys(outputs).sort());
    for (const row of rows) expect(row[1]).toBe((outputs[nameOf(row[0]!)] as YamlMap).description);
  });

  it('names the commands a fresh clone needs', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
