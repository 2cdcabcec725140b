/**
 * The README's outputs table must match action.yml: users copy from the README. Its inputs
 * table is checked against the table of inputs (settings/input-table.test.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { PREFLIGHT_CHECKS } from '../src/settings/check-ids.js';
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
const source = (path: string) => readFileSync(new URL(`../src/${path}`, import.meta.url), 'utf8');
const quoted = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);

/** Every row id a run can report, read from where each is made (rows are plain objects, not one list). */
function rowIdsInSource(): string[] {
  const literal = /\bid: '([a-z-]+)'/g;
  const criterion = /^export type Criterion = (.*);$/m.exec(source('watch/criteria.ts'))![1]!;
  return [
    ...PREFLIGHT_CHECKS,
    ...quoted(source('modes/smoke.ts'), /\brecord\('([a-z-]+)'/g),
    ...quoted(criterion, /'([a-z-]+)'/g),
    ...['modes/smoke.ts', 'modes/watch.ts', 'watch/rows.ts', 'finish/fault-text.ts', 'finish/cleanup-registry.ts'].flatMap((f) => quoted(source(f), literal))
  ];
}

describe('README tables match action.yml', () => {
  const outputs = mapAt(action, 'outputs');

  it('lists every output of action.yml, and no other, with its description', () => {
    const rows = tableUnder('Outputs');
    expect(rows.map((r) => nameOf(r[0]!)).sort()).toEqual(Object.keys(outputs).sort());
    for (const row of rows) expect(row[1]).toBe((outputs[nameOf(row[0]!)] as YamlMap).description);
  });

  it('names every row id a workflow may find in failed-checks or warned-checks, and no other', () => {
    const block = readme.slice(readme.indexOf('The ids in `failed-checks` and `warned-checks`'), readme.indexOf('The JSON report (`report-path`)'));
    expect(block.length).toBeGreaterThan(0);
    const listed = new Set(quoted(block.slice(block.indexOf('\n')), /`([a-z-]+)`/g));
    expect([...listed].sort()).toEqual([...new Set(rowIdsInSource())].sort());
  });

  it('names the commands a fresh clone needs', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
