/**
 * In the bundle, GitHub's toolkit gets src/http/undici-for-toolkit.ts for `'undici'`
 * (tsconfig.json, `paths`). A name the toolkit imports and the module lacks would be undefined
 * at run time, so: every name imported from `'undici'` by a package the bundle includes (what
 * src/ imports and their dependencies, as npm laid them out) is one the module exports, and
 * what it exports is undici's own, working.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative } from 'node:path';
import ts from 'typescript';
import * as forToolkit from '../../src/http/undici-for-toolkit.js';
import { bundledPackages, codeFiles, NODE_MODULES } from '../helpers/bundled-packages.js';

/** The names a file takes from `'undici'`; `*` for a use whose names cannot be read. */
function namesFromUndici(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  const bound: string[] = [];
  const isUndici = (node: ts.Node | undefined) => node !== undefined && ts.isStringLiteralLike(node) && node.text === 'undici';
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && isUndici(node.moduleSpecifier)) {
      const clause = node.importClause;
      if (clause?.name) names.push('default');
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map((e) => (e.propertyName ?? e.name).text));
      else if (bindings) names.push('*');
    } else if (ts.isExportDeclaration(node) && isUndici(node.moduleSpecifier)) {
      const clause = node.exportClause;
      if (clause && ts.isNamedExports(clause)) names.push(...clause.elements.map((e) => (e.propertyName ?? e.name).text));
      else names.push('*');
    } else if (ts.isCallExpression(node) && isUndici(node.arguments[0])) {
      const callee = node.expression;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      if (isRequire || callee.kind === ts.SyntaxKind.ImportKeyword) {
        const parent = node.parent;
        if (isRequire && ts.isPropertyAccessExpression(parent)) names.push(parent.name.text);
        else if (isRequire && ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name))
          names.push(...parent.name.elements.map((e) => (e.propertyName && ts.isIdentifier(e.propertyName) ? e.propertyName : e.name).getText(source)));
        // `const undici_1 = require("undici")`, as TypeScript compiles an import: the names are read off it.
        else if (isRequire && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) bound.push(parent.name.text);
        else names.push('*');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const readOff = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && bound.includes(node.expression.text)) return void names.push(node.name.text);
    if (ts.isIdentifier(node) && bound.includes(node.text) && !ts.isVariableDeclaration(node.parent)) names.push('*');
    ts.forEachChild(node, readOff);
  };
  if (bound.length > 0) readOff(source);
  return names;
}

describe("the bundle's 'undici' for GitHub's toolkit", () => {
  it('when every package the bundle can hold is read then each name it takes from undici is exported here', () => {
    const taken = new Map<string, string[]>();
    for (const dir of bundledPackages()) {
      if (dir === join(NODE_MODULES, 'undici')) continue;
      for (const file of codeFiles(dir)) for (const name of namesFromUndici(file)) taken.set(name, [...(taken.get(name) ?? []), relative(NODE_MODULES, file)]);
    }
    // Today @actions/http-client's ProxyAgent and @actions/github's fetch; an upgrade may add one.
    expect(taken.size).toBeGreaterThan(0);
    const missing = [...taken].filter(([name]) => !(name in forToolkit)).map(([name, files]) => `${name} (${files.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('when its ProxyAgent is used then it is the class undici exports', async () => {
    const undici = await import('undici/index.js');
    expect(forToolkit.ProxyAgent).toBe(undici.ProxyAgent);
  });

  it('when its fetch is called then undici fetches for real', async () => {
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('from the server'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const response = await forToolkit.fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('from the server');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
