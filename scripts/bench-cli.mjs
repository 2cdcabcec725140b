#!/usr/bin/env node
// The command line's start-up budget: `node dist/cli.js preflight --checks config` against the
// action (`node dist/index.js` with INPUT_CHECKS=config), the same checks, measured side by
// side (interleaved, so both see the same machine), on this machine's node and on Node 24.
// Prints the medians and the ratio; exits 1 when the command line is more than 10% slower.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE, median, NODE24, prepareRun, ROOT } from './run-gate.mjs';
import { machineNode } from './node24.mjs';

const CLI = join(ROOT, 'dist/cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const BUDGET = 1.1;

function timeRun(node, args, env) {
  const started = process.hrtime.bigint();
  const { status } = spawnSync(node, args, { env, stdio: 'ignore' });
  if (status !== 0) throw new Error(`${args.join(' ')} exited with ${status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const common = { PATH: process.env.PATH, MONCRENEAU_API_KEY: 'mk_live_benchmark000000000000', NO_COLOR: '1' };
// The runner's environment (files, every action.yml default), spawned here to be timed alone.
const step = prepareRun({ checks: 'config', environment: 'production' }, { env: common });
const { env: actionEnv, files } = step;
const cliArgs = [CLI, 'preflight', '--checks', 'config', '--environment', 'production'];

// This machine's `node`, not node_modules/.bin/node, which npm puts first on the PATH.
const machine = machineNode();
let failures = 0;
try {
  for (const [label, node] of [
    [`this machine's node ${machine.version}`, machine.path],
    ['Node 24', NODE24]
  ]) {
    const action = [];
    const cli = [];
    timeRun(node, [BUNDLE], actionEnv); // warm the file cache for both
    timeRun(node, cliArgs, common);
    for (let i = 0; i < RUNS; i++) {
      writeFileSync(files.GITHUB_OUTPUT, '');
      writeFileSync(files.GITHUB_STEP_SUMMARY, '');
      // Alternating which goes first, so neither always runs on a machine the other just warmed.
      const pair = [() => action.push(timeRun(node, [BUNDLE], actionEnv)), () => cli.push(timeRun(node, cliArgs, common))];
      for (const measure of i % 2 === 0 ? pair : pair.reverse()) measure();
    }
    const ratio = median(cli) / median(action);
    const ok = ratio <= BUDGET;
    if (!ok) failures++;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} start-up on ${label}, checks: config: command line ${median(cli).toFixed(0)} ms vs action ${median(action).toFixed(0)} ms = ${ratio.toFixed(2)}x (budget ${BUDGET}x, median of ${RUNS})`
    );
  }
} finally {
  step.dispose();
}
process.exit(failures > 0 ? 1 : 0);
