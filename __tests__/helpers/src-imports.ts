/**
 * Every import of the gate's source, read from TypeScript's syntax tree (not a regex, so a
 * multi-line `import {...}` or a lazy `import()` is not missed): static imports, re-exports
 * (`export ... from`), dynamic `import()` with a literal name, and `import('x')` in a type.
 * Shared by the import-circle and module-map tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const SRC = join(REPO, 'src');

export interface SourceImport {
  /** As written: `../engine/check.js`, `zod/mini`, `node:fs/promises`. */
  specifier: string;
  /** The file it names, for a relative specifier (`.js` read as the `.ts` it is built from). */
  resolved?: string;
  /** 1-based, for messages. */
  line: number;
  /** Brings types only (`import type`, every named item `type`, a type's `import()`, a .d.ts): nothing at run time. */
  typeOnly: boolean;
  /** `import()` in code: loaded when called. */
  dynamic: boolean;
}

/** The files under a folder, at any depth, whose names end so (.ts: declaration files included). */
export function sourceFiles(dir: string = SRC, ending = '.ts'): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path, ending);
      return entry.name.endsWith(ending) ? [path] : [];
    })
    .sort();
}

const everyTypeOnly = (elements: readonly { isTypeOnly: boolean }[]) => elements.length > 0 && elements.every((e) => e.isTypeOnly);

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node))
    return node.isTypeOnly || (node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && everyTypeOnly(node.exportClause.elements));
  const clause = node.importClause;
  if (!clause) return false; // `import './x.js'`: run for its effects
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return clause.name === undefined && named !== undefined && ts.isNamedImports(named) && everyTypeOnly(named.elements);
}

/** The imports of one file, in the order they are written. */
export function importsOf(file: string): SourceImport[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const declarationFile = file.endsWith('.d.ts');
  const found: SourceImport[] = [];
  const add = (literal: ts.Node, typeOnly: boolean, dynamic: boolean) => {
    if (!ts.isStringLiteralLike(literal)) throw new Error(`${relative(REPO, file)}: an import whose name is not a literal cannot be checked`);
    const specifier = literal.text;
    const resolved = specifier.startsWith('.') ? resolve(dirname(file), specifier.replace(/\.js$/, '.ts')) : undefined;
    const line = source.getLineAndCharacterOfPosition(literal.getStart(source)).line + 1;
    found.push({ specifier, resolved, line, typeOnly: typeOnly || declarationFile, dynamic });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) add(node.moduleSpecifier, isTypeOnly(node), false);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0]!, false, true);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true, false);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
