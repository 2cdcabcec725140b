/**
 * The packages the bundle can hold: what src/ imports and everything those depend on, as npm
 * laid them out, and each one's own code files. Shared by the tests that hold the build's
 * substitutions to what those packages really require.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { importsOf, REPO, sourceFiles } from './src-imports.js';

export const NODE_MODULES = join(REPO, 'node_modules');

/** Where `name` resolves from a package folder, as Node looks: nested node_modules first, then up. */
function packageDir(name: string, from: string): string {
  for (let dir = from; !relative(REPO, dir).startsWith('..'); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
  }
  throw new Error(`${name} is not installed (from ${relative(REPO, from)})`);
}

/** The folders of the packages src/ imports, and of everything they depend on. */
export function bundledPackages(): string[] {
  const roots = new Set(
    sourceFiles()
      .flatMap((file) => importsOf(file))
      .filter((i) => !i.typeOnly && !i.specifier.startsWith('.') && !i.specifier.startsWith('node:'))
      .map((i) =>
        i.specifier
          .split('/')
          .slice(0, i.specifier.startsWith('@') ? 2 : 1)
          .join('/')
      )
  );
  const seen = new Set<string>();
  const visit = (name: string, from: string) => {
    const dir = packageDir(name, from);
    if (seen.has(dir)) return;
    seen.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
  };
  for (const name of roots) visit(name, REPO);
  return [...seen];
}

/** A package's own code files (its nested node_modules are packages of their own). */
export function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : codeFiles(path);
    return /\.[cm]?js$/.test(entry.name) ? [path] : [];
  });
}
