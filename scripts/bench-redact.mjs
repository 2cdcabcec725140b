#!/usr/bin/env node
// The redactor's budget: 1 MB of log with two 64-character secrets redacted in under 100 ms of
// CPU time (CPU, not wall time: the machine may be busy). src/redact.ts and the tests' secret
// generator are built with ncc (transpile only) into a temp folder, as plain node cannot import
// TypeScript. Run alone (`node scripts/bench-redact.mjs`) or from `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './run-gate.mjs';

const BUDGET_MS = 100;

/** Builds one TypeScript module with ncc and imports it. */
async function importBuilt(source, dir) {
  const out = join(dir, source.replace(/[/.]/g, '-'));
  execFileSync(process.execPath, [
    join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    join(ROOT, source),
    '-o',
    out,
    '--quiet',
    '--transpile-only'
  ]);
  return import(pathToFileURL(join(out, 'index.js')).href);
}

/** Reports the redactor's CPU time through `report` (name, value, budget, ok). */
export async function benchRedact({ report }) {
  const dir = mkdtempSync(join(tmpdir(), 'gate-bench-redact-'));
  const { makeRedactor } = await importBuilt('src/redact.ts', dir);
  const { findLeaks, generateSecret, seeded } = await importBuilt('__tests__/helpers/secret-scan.ts', dir);
  const random = seeded(7);
  const secrets = [generateSecret(random, 64), generateSecret(random, 64)];
  const redact = makeRedactor(secrets);
  const filler = 'The quick brown fox jumps over the lazy dog 0123456789 {"a":"b"} %2F &amp; ';
  const half = filler.repeat(Math.ceil(1_000_000 / filler.length) / 2);
  const text = `${half}${secrets[0]}${half}`;
  redact(text);
  const times = [];
  for (let i = 0; i < 5; i++) {
    const before = process.cpuUsage();
    const out = redact(text);
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
    // A fast redactor that lets the secret through is no result.
    if (findLeaks(out, secrets).length > 0) throw new Error('the benchmark text still holds the secret after redaction');
  }
  const best = Math.min(...times);
  report('redact 1 MB with two 64-character secrets (CPU time, best of 5)', `${best.toFixed(1)} ms`, `${BUDGET_MS} ms`, best < BUDGET_MS);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let over = false;
  await benchRedact({
    report(name, value, budget, ok) {
      console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${value} (budget ${budget})`);
      over ||= !ok;
    }
  });
  process.exit(over ? 1 : 0);
}
