// Finds a Node 24 binary to run the built action with, as GitHub's runner does (`node24`).
// In order: MONCRENEAU_GATE_NODE24 (a path), the registry package for this platform
// (optionalDependencies: npm installs only the one that matches), the Node running this script
// when it is 24 itself. No download: where none is found, say how to provide one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The major version a Node binary reports, or null if it does not run. @param {string} path */
function majorOf(path) {
  if (path === process.execPath) return Number(process.versions.node.split('.')[0]);
  try {
    const version = execFileSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8', timeout: 10_000 }).trim();
    return Number(version.split('.')[0]);
  } catch {
    return null;
  }
}

/**
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function findNode24(env = process.env) {
  const given = env.MONCRENEAU_GATE_NODE24;
  if (given) {
    const major = existsSync(given) ? majorOf(given) : null;
    if (major === 24) return { ok: true, path: given };
    return { ok: false, reason: `MONCRENEAU_GATE_NODE24=${given} is ${major === null ? 'not a Node binary that runs' : `Node ${major}, not 24`}` };
  }
  const packaged = join(ROOT, 'node_modules', `node-${process.platform}-${process.arch}`, 'bin', 'node');
  if (existsSync(packaged) && majorOf(packaged) === 24) return { ok: true, path: packaged };
  if (majorOf(process.execPath) === 24) return { ok: true, path: process.execPath };
  return {
    ok: false,
    reason:
      `no Node 24 found: npm installs one only on linux-x64 and linux-arm64 (node-${process.platform}-${process.arch} is not published at 24). ` +
      'Run the tests with Node 24 itself, or set MONCRENEAU_GATE_NODE24 to a Node 24 binary.'
  };
}

/**
 * The machine's own Node, which the benchmarks compare with Node 24. Under `npm run` or `npx`,
 * `node` is node_modules/.bin/node, the Node 24 of the optionalDependencies, so this script's
 * process.execPath is Node 24 too: npm names the Node it runs on in npm_node_execpath.
 * @returns {{ path: string, version: string }}
 */
export function machineNode(env = process.env) {
  const given = env.npm_node_execpath;
  const path = given && existsSync(given) ? given : process.execPath;
  if (path === process.execPath) return { path, version: process.version };
  const version = execFileSync(path, ['-p', 'process.version'], { encoding: 'utf8', timeout: 10_000 }).trim();
  return { path, version };
}
