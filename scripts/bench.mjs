#!/usr/bin/env node
// The product's budgets, measured on this machine at this moment (not timed tests):
// bundle size, start-up time against an action that only imports @actions/core, watch judging
// over a long watch, the redactor's CPU time, and the network budgets against the local double
// (preflight at its critical path beside the previous release and the guide's curl commands).
// Prints one line per budget and exits 1 when one is exceeded.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE as bundle, median, NODE24 as node24, prepareRun, ROOT as root } from './run-gate.mjs';
import { machineNode } from './node24.mjs';

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

// 2. Start-up: a config-only run against an action that only imports @actions/core (built the
// same way, with ncc, into a temp folder), interleaved so both see the same machine. Core
// loads its HTTP client and undici at import: that is the floor any action on core starts at.
const temp = mkdtempSync(join(tmpdir(), 'gate-bench-'));
// The runner's environment (files, every action.yml default), spawned here to be timed alone.
const { env } = prepareRun({ checks: 'config', environment: 'production', 'api-key': 'mk_live_benchmark000000000000' });
const coreOnly = buildCoreOnlyAction(temp);
// Held on this machine's `node` (not node_modules/.bin/node, which npm puts first) and on Node 24, which the runner uses.
const machine = machineNode();
for (const [label, node] of [
  [`this machine's node ${machine.version}`, machine.path],
  ['Node 24', node24]
]) {
  execFileSync(node, ['-e', '0']);
  const bare = [];
  const core = [];
  const gate = [];
  for (let i = 0; i < 10; i++) {
    bare.push(timeRun(node, ['-e', '0'], env));
    core.push(timeRun(node, [coreOnly], env));
    gate.push(timeRun(node, [bundle], env));
  }
  const extra = median(gate) - median(core);
  const line = `${median(gate).toFixed(0)} ms vs ${median(core).toFixed(0)} ms = +${extra.toFixed(0)} ms (node -e 0: ${median(bare).toFixed(0)} ms)`;
  report(`start-up on ${label}, checks: config vs an action importing only @actions/core`, line, '+40 ms', extra <= 40);
}

/** Builds `import * as core from '@actions/core'` and one output, with ncc, as the action is built. */
function buildCoreOnlyAction(dir) {
  const source = join(dir, 'core-only');
  mkdirSync(source);
  // Resolved from this repository's node_modules: the same @actions/core the gate bundles.
  symlinkSync(join(root, 'node_modules'), join(source, 'node_modules'), 'dir');
  writeFileSync(join(source, 'package.json'), '{"type":"module"}\n');
  writeFileSync(join(source, 'index.js'), "import * as core from '@actions/core';\ncore.setOutput('result', 'pass');\n");
  // From its own folder: from this one, ncc would also read the gate's tsconfig.json and its `paths`.
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', join(source, 'index.js'), '-o', join(dir, 'core-only-dist'), '--quiet'],
    { cwd: source }
  );
  return join(dir, 'core-only-dist/index.js');
}

// 3. Watch: judging an interval costs the same in a long watch as at its start.
const { benchWatch } = await import('./bench-watch.mjs');
benchWatch({ report });

if (!process.argv.includes('--quick')) {
  const { benchRedact } = await import('./bench-redact.mjs');
  await benchRedact({ report });
  const { runNetworkBenchmarks } = await import('./network.mjs');
  await runNetworkBenchmarks({ report });
}

process.exit(failures > 0 ? 1 : 0);
