// Network budgets, measured against the local double on loopback with the built bundle.
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { startDouble } from '../sandbox/moncreneau-double.mjs';
import { benchPreflight } from './bench-preflight.mjs';
import { benchWebhook } from './bench-webhook.mjs';
import { median, ROOT, runGate } from './run-gate.mjs';

/** Reports each network budget through `report`, which counts the exceeded ones. */
export async function runNetworkBenchmarks({ report }) {
  // The double itself: median answer under 5 ms.
  const own = spawnSync(process.execPath, [join(ROOT, 'sandbox/bench-double.mjs')], { encoding: 'utf8' });
  const line = own.stdout.trim().split('\n').pop() ?? '';
  report('double answers GET /organizations/me', line.replace(/ \(budget.*$/, ''), 'median < 5 ms', own.status === 0);

  // api,credits with 200 ms added latency: credits must be read while the API is probed.
  const double = await startDouble({ faults: { latencyMs: 200 } });
  try {
    const extra = [];
    for (let i = 0; i < 5; i++) {
      const run = await runGate({ checks: 'api,credits', environment: 'staging', 'api-url': double.url, 'api-key': double.keys.test });
      const api = run.report?.checks.find((c) => c.id === 'api');
      if (!api?.data?.samplesMs) throw new Error(`api check did not measure: ${JSON.stringify(run.report?.checks)}`);
      // Wall-clock of the whole process, start-up included, as a workflow step sees it.
      extra.push(run.durationMs - api.data.samplesMs.reduce((a, b) => a + b, 0));
    }
    report('api,credits run beyond its latency samples (200 ms latency)', `${median(extra).toFixed(0)} ms (median of 5)`, '300 ms', median(extra) <= 300);
  } finally {
    await double.close();
  }

  // The webhook check's four probes run at once: about one round trip, plus at most 50 ms.
  const { roundTripMs, checkMs } = await benchWebhook({ runs: 5 });
  report('webhook check against one round trip (100 ms endpoint)', `${checkMs} ms vs ${roundTripMs} ms`, 'round trip + 50 ms', checkMs <= roundTripMs + 50);

  // The whole preflight against its critical path, beside the baseline bundle and curl.
  await benchPreflight({ report });
}
