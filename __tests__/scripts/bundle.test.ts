/**
 * The build leaves two undici modules out of the bundle (scripts/bundle.mjs): each request it
 * replaces is one undici makes, in the files the build names, and no other bundled package makes
 * it; dist/ holds each stand-in as written, the bundle requires it from beside itself and holds
 * no copy of what it replaces; a stand-in that is called throws, saying why.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { distName, STAND_INS, STAND_INS_DIR } from '../../scripts/bundle.mjs';
import { bundledPackages, codeFiles, NODE_MODULES } from '../helpers/bundled-packages.js';
import { REPO } from '../helpers/src-imports.js';

const DIST = join(REPO, 'dist');
/** The files of undici that make each request, as the build's comment says. */
const MADE_BY: Record<string, string[]> = {
  './client-h2.js': ['undici/lib/dispatcher/client.js'],
  '../web/fetch/body.js': ['undici/lib/dispatcher/client-h1.js', 'undici/lib/dispatcher/client-h2.js']
};
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const requires = (request: string) => new RegExp(`require\\((['"])${escaped(request)}\\1\\)`);
const chunks = () => readdirSync(DIST).filter((name) => name.endsWith('.js'));

describe('the bundle without the undici modules the gate never runs', () => {
  it('when every package the bundle can hold is read then each replaced request is made only by the undici files named', () => {
    expect(Object.keys(STAND_INS).sort()).toEqual(Object.keys(MADE_BY).sort());
    const files = bundledPackages().flatMap((dir) => codeFiles(dir));
    for (const request of Object.keys(STAND_INS)) {
      const makers = files.filter((file) => requires(request).test(readFileSync(file, 'utf8'))).map((file) => relative(NODE_MODULES, file));
      expect([request, makers.sort()]).toEqual([request, MADE_BY[request]]);
    }
  });

  it('when dist/ is read then it holds each stand-in as written and the bundle requires it from beside itself, once', () => {
    for (const [request, file] of Object.entries(STAND_INS)) {
      expect(readFileSync(join(DIST, distName(file)), 'utf8')).toBe(readFileSync(join(STAND_INS_DIR, file), 'utf8'));
      const required = chunks().flatMap(
        (name) => readFileSync(join(DIST, name), 'latin1').match(new RegExp(`\\(import\\.meta\\.url\\)\\("\\./${escaped(distName(file))}"\\)`, 'g')) ?? []
      );
      expect([request, required.length]).toEqual([request, 1]);
    }
  });

  it("when the bundle's chunks are read then none holds undici's HTTP/2 client, and the entry no fetch body code", () => {
    for (const name of chunks()) expect([name, readFileSync(join(DIST, name), 'latin1').includes('function connectH2 (')]).toEqual([name, false]);
    expect(readFileSync(join(DIST, 'index.js'), 'latin1')).not.toContain('function extractBody (');
  });

  it('when a stand-in is called then it throws, saying why', () => {
    const load = createRequire(join(STAND_INS_DIR, 'x.cjs'));
    const connectH2 = load(`./${STAND_INS['./client-h2.js']}`) as () => unknown;
    expect(() => connectH2()).toThrow('The server chose HTTP/2, which the gate does not speak: its connections offer HTTP/1.1 only.');
    const { extractBody } = load(`./${STAND_INS['../web/fetch/body.js']}`) as { extractBody: () => unknown };
    expect(() => extractBody()).toThrow(new TypeError('The gate sends no FormData request bodies.'));
  });
});
