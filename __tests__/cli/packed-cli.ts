/**
 * The command line as a user gets it: `npm pack` of this checkout, installed offline into an
 * empty folder (no repository beside it), run as a child process under Node 24.
 */
import { expect } from '@jest/globals';
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE24, REPO_ROOT, expectNoSecrets } from '../helpers/run-bundle.js';

export interface Installed {
  root: string;
  tarball: string;
  /** The installed package's folder. */
  packageDir: string;
  /** node_modules/.bin/moncreneau-deploy-gate */
  bin: string;
  /** The installed dist/cli.js. */
  cli: string;
}

export function packAndInstall(): Installed {
  if (!existsSync(join(REPO_ROOT, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run npm run build first');
  const root = mkdtempSync(join(tmpdir(), 'gate-packed-'));
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', root], { cwd: REPO_ROOT, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  const tarball = join(root, name);
  const app = join(root, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"name":"an-application","private":true}\n');
  // Offline, with an empty cache: the package must need nothing from a registry.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--cache', join(root, 'npm-cache'), tarball], { cwd: app, stdio: 'ignore' });
  const packageDir = join(app, 'node_modules/moncreneau-deploy-gate');
  return { root, tarball, packageDir, bin: join(app, 'node_modules/.bin/moncreneau-deploy-gate'), cli: join(packageDir, 'dist/cli.js') };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Every byte a run printed, kept for the leak scan. */
export const printed: string[] = [];

export function startCli(program: string[], args: string[], env: Record<string, string>, cwd: string): ChildProcessWithoutNullStreams {
  const child = spawn(program[0]!, [...program.slice(1), ...args], { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, stdio: 'pipe' });
  child.stdout.setEncoding('utf8').on('data', (s: string) => printed.push(s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => printed.push(s));
  return child;
}

export async function runCli(installed: Installed, args: string[], env: Record<string, string> = {}, timeoutMs = 30_000): Promise<CliRun> {
  const child = startCli([NODE24, installed.cli], args, env, installed.root);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (s: string) => (stdout += s));
  child.stderr.on('data', (s: string) => (stderr += s));
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve)).finally(() => clearTimeout(killer));
  return { code, stdout, stderr };
}

/** No secret in any form, no runner workflow command, no `##[` in the text. */
export function expectClean(text: string, secrets: readonly string[]): void {
  expectNoSecrets(text, secrets);
  const commandLines = text.split(/\r?\n/).filter((line) => /^\s*::/.test(line));
  expect(commandLines).toEqual([]);
  expect(text.includes('##[')).toBe(false);
  expect(/##vso\[/i.test(text)).toBe(false);
}
