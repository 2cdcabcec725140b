#!/usr/bin/env node
// The product's budgets, measured on this machine at this moment (not timed tests):
// bundle size, start-up time against `node -e 0`, and the network budgets against the local
// double. Prints one line per budget and exits 1 when one is exceeded.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE as bundle, median, NODE24 as node24, ROOT as root } from './run-gate.mjs';

let failures = 0;

/** Prints one budget line; an exceeded budget makes the script exit 1. */
function report(name, value, budget, ok) {
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${value} (budget ${budget})`);
  if (!ok) failures++;
}


function timeRun(node, args, env) {
  const started = process.hrtime.bigint();
  spawnSync(node, args, { env, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

// 1. Bundle size.
const size = statSync(bundle).size;
const chunks = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js'));
const total = chunks.reduce((sum, f) => sum + statSync(join(root, 'dist', f)).size, 0);
report('dist/index.js size', `${(size / 1e6).toFixed(2)} MB (all ${chunks.length} chunks ${(total / 1e6).toFixed(2)} MB)`, '2 MB', size <= 2e6);

// 2. Start-up: a config-only run against `node -e 0`, interleaved so both see the same machine.
const temp = mkdtempSync(join(tmpdir(), 'gate-bench-'));
const env = {
  PATH: process.env.PATH,
  RUNNER_TEMP: temp,
  GITHUB_OUTPUT: join(temp, 'output'),
  GITHUB_STEP_SUMMARY: join(temp, 'summary'),
  INPUT_CHECKS: 'config',
  INPUT_ENVIRONMENT: 'production',
  'INPUT_API-KEY': 'mk_live_benchmark000000000000'
};
// Held on this machine's `node` and on Node 24, which the runner uses (its `node -e 0` is
// faster, so the same ratio is harder to meet there).
for (const [label, node] of [[`node ${process.version}`, process.execPath], ['Node 24', node24]]) {
  execFileSync(node, ['-e', '0']);
  const bare = [];
  const gate = [];
  for (let i = 0; i < 10; i++) {
    bare.push(timeRun(node, ['-e', '0'], env));
    gate.push(timeRun(node, [bundle], env));
  }
  const ratio = median(gate) / median(bare);
  const line = `${median(gate).toFixed(0)} ms vs ${median(bare).toFixed(0)} ms = ${ratio.toFixed(2)}x`;
  report(`start-up on ${label}, checks: config vs node -e 0`, line, '2.5x', ratio <= 2.5);
}

if (!process.argv.includes('--quick')) {
  const { runNetworkBenchmarks } = await import('./network.mjs');
  await runNetworkBenchmarks({ report });
}

process.exit(failures > 0 ? 1 : 0);
