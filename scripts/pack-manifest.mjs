#!/usr/bin/env node
// npm's prepack and postpack: the packed package installs nothing besides itself. Its
// optionalDependencies are the Node 24 binaries the end-to-end tests run the bundle with
// (scripts/node24.mjs); left in the tarball, `npm install <tarball>` would download ~190 MB
// into the user's project and put a `node` in its node_modules/.bin. `prepack` sets them
// aside in package.json.pack-backup; `postpack` (or a later prepack, after a failed pack) puts
// package.json back as it was. Each write replaces the file whole, so no reader sees half of it.
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';

const MANIFEST = 'package.json';
const BACKUP = 'package.json.pack-backup';

function replaceWhole(path, text) {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

function restore() {
  if (!existsSync(BACKUP)) return;
  replaceWhole(MANIFEST, readFileSync(BACKUP, 'utf8'));
  unlinkSync(BACKUP);
}

if (process.argv[2] === '--restore') restore();
else {
  restore();
  const original = readFileSync(MANIFEST, 'utf8');
  const manifest = JSON.parse(original);
  delete manifest.optionalDependencies;
  writeFileSync(BACKUP, original);
  replaceWhole(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
}
