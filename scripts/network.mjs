// Network budgets, measured against the local double on loopback with the built bundle.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDouble } from '../sandbox/moncreneau-double.mjs';
import { benchWebhook } from './bench-webhook.mjs';

/** Runs the bundle asynchronously (the double answers from this process) and reads its report. */
function runBundle(node24, bundle, inputs) {
  const dir = mkdtempSync(join(tmpdir(), 'gate-bench-net-'));
  const env = { PATH: process.env.PATH, RUNNER_TEMP: dir, GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  writeFileSync(env.GITHUB_OUTPUT, '');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(node24, [bundle], { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => {
      const outputs = readFileSync(env.GITHUB_OUTPUT, 'utf8');
      const path = /^report-path<<(.+)\n(.*)\n\1$/m.exec(outputs)?.[2];
      resolve({ wallMs: performance.now() - started, report: path ? JSON.parse(readFileSync(path, 'utf8')) : null });
    });
  });
}

/** Reports each network budget through `report`, which counts the exceeded ones. */
export async function runNetworkBenchmarks({ root, node24, report, median }) {
  // The double itself: median answer under 5 ms.
  const own = spawnSync(process.execPath, [join(root, 'sandbox/bench-double.mjs')], { encoding: 'utf8' });
  const line = own.stdout.trim().split('\n').pop() ?? '';
  report('double answers GET /organizations/me', line.replace(/ \(budget.*$/, ''), 'median < 5 ms', own.status === 0);

  // api,credits with 200 ms added latency: credits must be read while the API is probed.
  const double = await startDouble({ faults: { latencyMs: 200 } });
  try {
    const extra = [];
    for (let i = 0; i < 5; i++) {
      const run = await runBundle(node24, join(root, 'dist/index.js'), {
        checks: 'api,credits',
        environment: 'staging',
        'api-url': double.url,
        'api-key': double.keys.test
      });
      const api = run.report?.checks.find((c) => c.id === 'api');
      if (!api?.data?.samplesMs) throw new Error(`api check did not measure: ${JSON.stringify(run.report?.checks)}`);
      // Wall-clock of the whole process, start-up included, as a workflow step sees it.
      extra.push(run.wallMs - api.data.samplesMs.reduce((a, b) => a + b, 0));
    }
    report('api,credits run beyond its latency samples (200 ms latency)', `${median(extra).toFixed(0)} ms (median of 5)`, '300 ms', median(extra) <= 300);
  } finally {
    await double.close();
  }

  // The webhook check's four probes run at once: about one round trip, plus at most 50 ms.
  const { roundTripMs, checkMs } = await benchWebhook({ root, node: node24, bundle: join(root, 'dist/index.js'), runs: 5 });
  report('webhook check against one round trip (100 ms endpoint)', `${checkMs} ms vs ${roundTripMs} ms`, 'round trip + 50 ms', checkMs <= roundTripMs + 50);
}
