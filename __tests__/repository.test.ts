/**
 * What the repository promises beyond the action: its own CI on GitHub, a release that moves
 * the major tag users pin, the files a published action carries, and an install without warnings.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
type Workflow = { on: Record<string, unknown>; jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }> };
const workflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Workflow;
const runs = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ''));
const uses = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps.map((s) => s.uses ?? ''));

describe('the repository', () => {
  it.each(['LICENSE', 'CHANGELOG.md', 'SECURITY.md'])('has %s', (file) => {
    expect(existsSync(join(ROOT, file))).toBe(true);
    expect(read(file).length).toBeGreaterThan(200);
  });

  it('describes the action within the Marketplace limit, with the project as author', () => {
    const action = parse(read('action.yml')) as { description: string; author: string; runs: { using: string } };
    expect(action.description.length).toBeLessThanOrEqual(125);
    expect(action.author).toBe('moncreneau-deploy-gate');
    expect(action.runs.using).toBe('node24');
  });

  it('runs the README test command, lint and typecheck on every push and pull request', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(runs(ci)).toEqual(expect.arrayContaining(['npm ci', 'npm test', 'npm run lint', 'npm run typecheck']));
    expect(read('README.md')).toContain('npm ci && npm test');
  });

  it('keeps one formatting, Prettier at the line length the code keeps, checked in CI and by .ci/run', () => {
    const config = JSON.parse(read('.prettierrc.json')) as { printWidth: number };
    expect(config.printWidth).toBe(160);
    const manifest = JSON.parse(read('package.json')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(manifest.scripts['format:check']).toBe('prettier --check .');
    expect(manifest.devDependencies.prettier).toBeDefined();
    expect(runs(workflow('ci.yml'))).toContain('npm run format:check');
    expect(read('.ci/run')).toMatch(/prettier --check \./);
  });

  it('fails a pull request whose dist/ differs from a fresh build', () => {
    const check = workflow('check-dist.yml');
    expect(Object.keys(check.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const script = runs(check).join('\n');
    expect(script).toContain('npm run build');
    expect(script).toMatch(/git diff --quiet -- dist\//);
    expect(script).toMatch(/git ls-files --others --exclude-standard dist\//);
  });

  it('moves the major tag to each published vX.Y.Z release', () => {
    const release = workflow('release.yml');
    expect(release.on).toEqual({ release: { types: ['published'] } });
    const script = runs(release).join('\n');
    expect(script).toContain('^v([0-9]+)\\.[0-9]+\\.[0-9]+$');
    expect(script).toMatch(/git tag -fa "\$MAJOR"/);
    expect(script).toMatch(/git push origin "refs\/tags\/\$MAJOR" --force/);
  });

  it('analyses the code with CodeQL and keeps npm packages and actions up to date', () => {
    expect(uses(workflow('codeql.yml'))).toEqual(expect.arrayContaining(['github/codeql-action/init@v3', 'github/codeql-action/analyze@v3']));
    const dependabot = parse(read('.github/dependabot.yml')) as { updates: { 'package-ecosystem': string }[] };
    expect(dependabot.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });

  it('installs on every Node that engines declares: no locked package asks for a newer one', () => {
    // The oldest version of each range engines allows (20.19.0, 22.13.0...): each must install cleanly.
    const declared = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    const oldest = declared.split('||').map((range) => semver.minVersion(range)!.version);
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
    const refused = Object.entries(lock.packages).flatMap(([path, p]) => {
      const needs = p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
      return needs ? oldest.filter((v) => !semver.satisfies(v, needs)).map((v) => `${path} needs ${needs}, not ${v}`) : [];
    });
    expect(oldest.length).toBeGreaterThan(0);
    expect(refused).toEqual([]);
  });
});
