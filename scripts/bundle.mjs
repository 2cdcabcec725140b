#!/usr/bin/env node
// The first step of `npm run build`: ncc bundles src/index.ts into dist/ (index.js, its chunks,
// licenses.txt), as `ncc build src/index.ts -o dist --license licenses.txt` would, with one
// thing the command line cannot say: two undici modules the gate never runs are left out of the
// bundle, each required instead from a stand-in beside it (src/http/undici-stand-ins/), which
// throws if it is ever called. undici's HTTP/1.1 client loads them with the rest of it:
// - './client-h2.js' (from lib/dispatcher/client.js), the HTTP/2 client: the gate's connections
//   offer only HTTP/1.1 (undici's allowH2 is off), and the module loads node:http2 (about 5 ms
//   and 1 MiB, before the first request could leave);
// - '../web/fetch/body.js' (from client-h1.js and client-h2.js), to encode a FormData request
//   body: the gate sends JSON only, and the module brings about 140 KB of fetch code to parse.
// Each key is a request exactly as undici writes it: __tests__/scripts/bundle.test.ts checks
// they are still undici's, __tests__/e2e/undici-stand-ins.e2e.test.ts that a built preflight
// never loads node:http2.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const STAND_INS_DIR = join(ROOT, 'src/http/undici-stand-ins');

/** A request undici makes -> the stand-in's file in STAND_INS_DIR, copied to dist/ as `undici-<file>`. */
export const STAND_INS = {
  './client-h2.js': 'client-h2.cjs',
  '../web/fetch/body.js': 'fetch-body.cjs'
};

/** dist/'s name for a stand-in: what the bundle requires, relative to its own files. */
export const distName = (file) => `undici-${file}`;

export async function bundle(out = join(ROOT, 'dist')) {
  const externals = Object.fromEntries(Object.entries(STAND_INS).map(([request, file]) => [request, `./${distName(file)}`]));
  // Loaded here: the tests read STAND_INS without webpack.
  const { default: ncc } = await import('@vercel/ncc');
  const { code, assets, symlinks = {} } = await ncc(join(ROOT, 'src/index.ts'), { license: 'licenses.txt', externals, quiet: true });
  // ncc's command line would also write these; no dependency asks for one today.
  if (Object.keys(symlinks).length > 0) throw new Error(`the bundle needs symlinks this build does not write: ${Object.keys(symlinks).join(', ')}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), asset.source, { mode: asset.permissions });
  }
  for (const file of Object.values(STAND_INS)) copyFileSync(join(STAND_INS_DIR, file), join(out, distName(file)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
