/**
 * CONTRIBUTING.md's module map is the rule, and src/ keeps it: every import of every file is
 * allowed by its row's "May import" cell, every file of src/ has a row, and every row names
 * something that exists. Type imports count (a reader learns one module from another through
 * them too): `(types only)` allows them and nothing else, `(lazily)` an `import()` or types,
 * `(only ...)` the files named. The files that name `process.env` are the ones CONTRIBUTING.md
 * lists, and the local double (sandbox/) imports nothing of the gate.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { importsOf, REPO, sourceFiles, SRC, type SourceImport } from './helpers/src-imports.js';

/** One allowance: a target (folder `x/`, file, package, `node:` module) and its limits. */
interface Allowance {
  target: string;
  /** Only these importing files (relative to src/); empty: any file of the row. */
  onlyIn: string[];
  typesOnly: boolean;
  /** Only a lazy `import()` (or types). */
  lazily: boolean;
}

interface Row {
  /** Folders (`checks/`) or top-level files (`main.ts`), relative to src/. */
  names: string[];
  allows: Allowance[];
}

const names = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** One "May import" cell: `target` or `target` (only `file`, ...; types only; lazily), comma separated, or "nothing". */
function parseAllowances(cell: string): Allowance[] {
  return [...cell.matchAll(/`([^`]+)`(?:\s*\(([^)]*)\))?/g)].map(([, target, limits = '']) => {
    const leftOver = limits
      .replace(/`[^`]+`/g, '')
      .replace(/\b(only|in|types|lazily)\b/g, '')
      .replace(/[\s,;]/g, '');
    if (leftOver !== '') throw new Error(`module map: cannot read the limits "(${limits})" of \`${target}\``);
    return { target: target!, onlyIn: names(limits), typesOnly: /\btypes only\b/.test(limits), lazily: /\blazily\b/.test(limits) };
  });
}

/** The rows of the table under `## <heading>`: name cell, what it owns, what it may import. */
function parseModuleMap(markdown: string, heading = 'Module map'): Row[] {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`CONTRIBUTING.md has no "## ${heading}" section`);
  return markdown
    .slice(start + 1)
    .split(/\n## /)[0]!
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim());
      if (cells.length !== 3) throw new Error(`module map: a row needs 3 cells (name, owns, may import): ${line}`);
      return { names: names(cells[0]!), allows: parseAllowances(cells[2]!) };
    });
}

/** A name covers a path: the same file, or a folder (`x/`) it is in. */
const covers = (name: string, path: string) => path === name || (name.endsWith('/') ? path.startsWith(name) : path.startsWith(`${name}/`));

/** What an import reaches, as the table names it: a path relative to src/ (`../sandbox/...` outside), or the package. */
function targetOf(i: SourceImport): string {
  return i.resolved ? relative(SRC, i.resolved) : i.specifier;
}

const rowOf = (rows: readonly Row[], path: string) => rows.find((row) => row.names.some((name) => covers(name, path)));

const limitsText = (a: Allowance) =>
  [a.onlyIn.length > 0 ? `only in ${a.onlyIn.join(', ')}` : '', a.typesOnly ? 'types only' : '', a.lazily ? 'lazily' : ''].filter(Boolean).join(', ');

/** Why an import of `file` (relative to src/) breaks the map, or undefined when it is allowed. */
function breach(rows: readonly Row[], file: string, i: SourceImport): string | undefined {
  const row = rowOf(rows, file);
  if (!row) return `src/${file} has no row in the module map of CONTRIBUTING.md`;
  const target = targetOf(i);
  if (row.names.some((name) => covers(name, target))) return undefined;
  const candidates = row.allows.filter((a) => covers(a.target, target));
  const fits = (a: Allowance) => (a.onlyIn.length === 0 || a.onlyIn.includes(file)) && (!a.typesOnly || i.typeOnly) && (!a.lazily || i.dynamic || i.typeOnly);
  if (candidates.some(fits)) return undefined;
  const kind = i.typeOnly ? 'types from ' : i.dynamic ? 'lazily ' : '';
  const rowName = `row ${row.names.map((n) => `\`${n}\``).join(', ')}`;
  const rule =
    candidates.length > 0
      ? `${rowName} allows ${candidates.map((a) => `\`${a.target}\` ${limitsText(a)}`).join('; ')}`
      : `${rowName} does not list it in "May import"`;
  return `src/${file}:${i.line} imports ${kind}'${i.specifier}'${i.resolved ? ` (${target})` : ''}: ${rule} (CONTRIBUTING.md, module map)`;
}

const contributing = readFileSync(join(REPO, 'CONTRIBUTING.md'), 'utf8');
const rows = parseModuleMap(contributing);
const files = sourceFiles().map((file) => relative(SRC, file));
const imp = (specifier: string, extra: Partial<SourceImport> = {}): SourceImport => ({ specifier, line: 3, typeOnly: false, dynamic: false, ...extra });

describe('the module map, read', () => {
  const map: Row[] = [
    { names: ['engine/'], allows: parseAllowances('`http/` (types only)') },
    { names: ['http/'], allows: parseAllowances('`engine/`, `undici` (only `http/undici.ts`), `node:tls`') },
    { names: ['main.ts'], allows: parseAllowances('`modes/` (lazily), `io/`') },
    { names: ['redact.ts', 'redact-views.ts'], allows: parseAllowances('nothing') }
  ];
  const at = (specifier: string, resolved: string) => imp(specifier, { resolved: join(SRC, resolved) });

  it('when a cell is read then each target keeps its own limits', () => {
    expect(parseAllowances('`a/`, `b.ts` (only `x/y.ts`, `x/z.ts`), `c` (types only), `d/` (only `x/y.ts`, lazily), nothing')).toEqual([
      { target: 'a/', onlyIn: [], typesOnly: false, lazily: false },
      { target: 'b.ts', onlyIn: ['x/y.ts', 'x/z.ts'], typesOnly: false, lazily: false },
      { target: 'c', onlyIn: [], typesOnly: true, lazily: false },
      { target: 'd/', onlyIn: ['x/y.ts'], typesOnly: false, lazily: true }
    ]);
    expect(() => parseAllowances('`a/` (mostly)')).toThrow('cannot read the limits "(mostly)" of `a/`');
  });

  it('when an import stays in its row, or the row allows it, then it passes', () => {
    expect(breach(map, 'engine/check.ts', at('./timing.js', 'engine/timing.ts'))).toBeUndefined();
    expect(breach(map, 'engine/check.ts', { ...at('../http/http-client.js', 'http/http-client.ts'), typeOnly: true })).toBeUndefined();
    expect(breach(map, 'http/undici.ts', imp('undici/lib/api/index.js'))).toBeUndefined();
    expect(breach(map, 'http/dispatcher.ts', imp('node:tls'))).toBeUndefined();
    expect(breach(map, 'main.ts', { ...at('./modes/smoke.js', 'modes/smoke.ts'), dynamic: true })).toBeUndefined();
    expect(breach(map, 'redact.ts', at('./redact-views.js', 'redact-views.ts'))).toBeUndefined();
  });

  it('when an import crosses a line then the message names the file, the import and the rule', () => {
    expect(breach(map, 'engine/check.ts', at('../http/http-client.js', 'http/http-client.ts'))).toBe(
      "src/engine/check.ts:3 imports '../http/http-client.js' (http/http-client.ts): row `engine/` allows `http/` types only (CONTRIBUTING.md, module map)"
    );
    expect(breach(map, 'http/dispatcher.ts', imp('undici'))).toBe(
      "src/http/dispatcher.ts:3 imports 'undici': row `http/` allows `undici` only in http/undici.ts (CONTRIBUTING.md, module map)"
    );
    expect(breach(map, 'main.ts', at('./modes/smoke.js', 'modes/smoke.ts'))).toBe(
      "src/main.ts:3 imports './modes/smoke.js' (modes/smoke.ts): row `main.ts` allows `modes/` lazily (CONTRIBUTING.md, module map)"
    );
    expect(breach(map, 'http/api-client.ts', at('../redact.js', 'redact.ts'))).toBe(
      'src/http/api-client.ts:3 imports \'../redact.js\' (redact.ts): row `http/` does not list it in "May import" (CONTRIBUTING.md, module map)'
    );
    expect(breach(map, 'redact-views.ts', imp('node:fs/promises', { typeOnly: true }))).toMatch(/imports types from 'node:fs\/promises'/);
    expect(breach(map, 'cli/commands.ts', imp('zod'))).toBe('src/cli/commands.ts has no row in the module map of CONTRIBUTING.md');
  });
});

describe('src/ keeps the module map of CONTRIBUTING.md', () => {
  it('when the table is read then it has a row for each folder and top-level file of src/, and only for those', () => {
    expect(rows.length).toBeGreaterThan(10);
    const named = rows.flatMap((row) => row.names);
    const onlyIn = rows.flatMap((row) => row.allows.flatMap((a) => a.onlyIn));
    expect([
      ...files.filter((file) => !rowOf(rows, file)).map((file) => `src/${file} has no row`),
      ...named.filter((name) => !existsSync(join(SRC, name))).map((name) => `row \`${name}\`: no such file or folder in src/`),
      ...named.filter((name, index) => named.indexOf(name) !== index).map((name) => `\`${name}\` has two rows`),
      ...onlyIn.filter((file) => !files.includes(file)).map((file) => `"only \`${file}\`": no such file in src/`)
    ]).toEqual([]);
  });

  it('when every import of every src file is read then each is one its row allows', () => {
    // A file without a row is the test above's to name.
    const imports = files.filter((file) => rowOf(rows, file)).flatMap((file) => importsOf(join(SRC, file)).map((i) => ({ file, i })));
    expect(imports.length).toBeGreaterThan(300);
    expect(imports.flatMap(({ file, i }) => breach(rows, file, i) ?? [])).toEqual([]);
  });

  it('when src is searched for process.env then only the files CONTRIBUTING.md lists name it', () => {
    const line = contributing.split('\n').find((l) => l.startsWith('`process.env` is named only in:'));
    if (!line) throw new Error('CONTRIBUTING.md has no line "`process.env` is named only in: ..."');
    const listed = names(line.slice(line.indexOf(':'))).sort();
    const naming = files.filter((file) => /\bprocess\.env\b/.test(readFileSync(join(SRC, file), 'utf8'))).sort();
    expect(naming).toEqual(listed);
  });

  it('when the local double is read then it imports nothing of the gate: it knows the API, not our code', () => {
    const sandbox = join(REPO, 'sandbox');
    const reaching = sourceFiles(sandbox, '.mjs').flatMap((file) =>
      importsOf(file)
        .filter((i) => i.resolved && relative(sandbox, i.resolved).startsWith('..'))
        .map((i) => `${relative(REPO, file)}:${i.line} imports '${i.specifier}'`)
    );
    expect(reaching).toEqual([]);
  });
});
