#!/usr/bin/env node
// Preflight at the critical path (a benchmark, not a timed test). Loopback HTTPS servers add
// L ms to every request (the API and the webhook receiver); for L = 300 and L = 50 it runs, in
// one interleaved series: this worktree's bundle, the baseline bundle (the previous release's,
// its dist/ from git, or --baseline <dist/index.js>), and the
// guide's six sequential curl commands doing the same work by hand (three latency samples, the
// credits read, a signed and a forged webhook delivery). The critical path is a bare Node start
// plus latency-samples sequential requests; the overhead is a run's wall time beyond it. The
// servers run in their own processes (bench-servers.mjs), as they are their own hosts.
// Also: time to the first API request (spawn to arrival), max RSS (/usr/bin/time), and the
// time from the last output file written to the process's exit. Medians; prints the ratios.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCa, makeCertificateSignedBy } from '../sandbox/certificate.mjs';
import { BENCH_SECRET, startServer } from './bench-servers.mjs';
import { BUNDLE, median, NODE24, prepareRun, ROOT } from './run-gate.mjs';

const SAMPLES = 3;
const SECRET = BENCH_SECRET;
const KEY = 'mk_test_benchmark00000000000';
const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
const ROUNDS = Math.max(15, Number(process.argv.includes('--rounds') ? arg('--rounds') : 15));

/** The commit released as 1.0.0 (CHANGELOG.md). */
const FIRST_RELEASE = 'e84854b';

/**
 * The bundle to compare against: given (--baseline, BENCH_BASELINE), or the dist/ committed at
 * BENCH_BASELINE_REV, else at the previous release (the newest vX.Y.Z tag behind HEAD), else at
 * 1.0.0's commit, extracted with git.
 */
function baselineBundle() {
  if (process.argv.includes('--baseline')) return { bundle: arg('--baseline'), label: arg('--baseline') };
  if (process.env.BENCH_BASELINE) return { bundle: process.env.BENCH_BASELINE, label: process.env.BENCH_BASELINE };
  const release = spawnSync('git', ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*.[0-9]*.[0-9]*', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  // A checkout without tags still compares with 1.0.0 (its commit), not with itself.
  const rev = process.env.BENCH_BASELINE_REV ?? (release.status === 0 ? release.stdout.trim() : FIRST_RELEASE);
  const dir = mkdtempSync(join(tmpdir(), 'gate-baseline-'));
  execFileSync('sh', ['-c', `git archive ${rev} dist | tar -x -C ${dir}`], { cwd: ROOT });
  return { bundle: join(dir, 'dist/index.js'), label: `dist/ at ${rev}` };
}

/** One run of a bundle under Node 24, as the runner starts it (run-gate.mjs's files and inputs), with its measures. */
export async function runBundle(bundle, api, hookUrl, caFile, nodeArgs = []) {
  const inputs = {
    mode: 'preflight',
    environment: 'staging',
    'api-url': api.url,
    'api-key': KEY,
    'webhook-url': hookUrl,
    'webhook-secret': SECRET,
    'allow-private-webhook': 'true',
    'latency-samples': String(SAMPLES),
    'pr-comment': 'false'
  };
  const run = prepareRun(inputs, { env: { NODE_EXTRA_CA_CERTS: caFile } });
  api.reset();
  const startedAt = performance.timeOrigin + performance.now();
  const measures = await new Promise((resolve, reject) => {
    const started = performance.now();
    // Spawned here, not by runGate: /usr/bin/time reads the child's peak memory.
    const child = spawn('/usr/bin/time', ['-f', 'maxrss-kib=%M', NODE24, ...nodeArgs, bundle], { env: run.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', () => {
      const exitedAt = performance.timeOrigin + performance.now();
      const wallMs = performance.now() - started;
      try {
        const written = run.read();
        const reportPath = written.outputs['report-path'];
        const files = [run.files.GITHUB_OUTPUT, run.files.GITHUB_STEP_SUMMARY, ...(reportPath && existsSync(reportPath) ? [reportPath] : [])];
        const lastWrite = Math.max(...files.map((f) => statSync(f).mtimeMs));
        if (!written.summary) return reject(new Error(`no summary: ${stderr}`));
        resolve({
          wallMs,
          rssMiB: Number(/maxrss-kib=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024,
          exitAfterWriteMs: exitedAt - lastWrite
        });
      } finally {
        run.dispose();
      }
    });
  });
  const first = await api.firstRequestAt();
  return { ...measures, firstRequestMs: first === undefined ? NaN : first - startedAt };
}

/** The guide's commands, one after another, as an engineer would paste them. */
function curlScript(api, hookUrl, caFile) {
  const auth = `-H "Authorization: Bearer ${KEY}"`;
  const get = (path) => `curl -s -o /dev/null --cacert ${caFile} ${auth} ${api}${path}`;
  const post = (sig) =>
    `curl -s -o /dev/null --cacert ${caFile} -X POST ${hookUrl} -H "Content-Type: application/json" -H "X-Moncreneau-Signature: ${sig}" -d '{"id":"evt_test","type":"appointment.created"}'`;
  return [
    get('/appointments?size=1'),
    get('/appointments?size=1'),
    get('/appointments?size=1'),
    get('/organizations/me'),
    post('sha256=test'),
    post('sha256=forged')
  ].join(' && ');
}

/** Asynchronous: the servers answering it live in this process. */
function timeCurl(script) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', script], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`curl failed (${code})`))));
  });
}

function bareStart() {
  const started = performance.now();
  spawnSync(NODE24, ['-e', '0'], { stdio: 'ignore' });
  return performance.now() - started;
}

/** What the exit measure itself costs (/usr/bin/time, this process's event loop): a script that writes a file and exits. */
function floorScript() {
  const dir = mkdtempSync(join(tmpdir(), 'gate-bench-floor-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  writeFileSync(join(dir, 'index.js'), "import { writeFileSync } from 'node:fs';\nwriteFileSync(process.env.GITHUB_STEP_SUMMARY, 'x');\nprocess.exit(0);\n");
  return join(dir, 'index.js');
}

const fmt = (ms) => `${Math.round(ms)} ms`;
const stats = (runs, key) => median(runs.map((r) => r[key]));

/** Runs the series at every L; returns the lines to print and the budgets' verdicts. */
export async function benchPreflight({
  report = (name, value, budget, ok) => console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${value} (budget ${budget})`)
} = {}) {
  const baseline = baselineBundle();
  const hasCurl = spawnSync('curl', ['--version'], { stdio: 'ignore' }).status === 0;
  const ca = await makeCa();
  const cert = await makeCertificateSignedBy(ca, { altNames: ['localhost', '127.0.0.1'] });
  const caFile = join(mkdtempSync(join(tmpdir(), 'gate-bench-ca-')), 'ca.pem');
  writeFileSync(caFile, ca.cert);
  console.log(
    `preflight at the critical path: ${ROUNDS} rounds, Node 24 ${NODE24}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`
  );
  console.log(`  this bundle: ${BUNDLE}\n  baseline:    ${baseline.label}`);
  for (const L of [300, 50]) {
    const [api, hook] = await Promise.all([startServer('api', cert, L), startServer('hook', cert, L)]);
    try {
      const script = curlScript(api.url, hook.url, caFile);
      const now = [];
      const before = [];
      const curl = [];
      const bare = [];
      const floor = [];
      const floorBundle = floorScript();
      await runBundle(BUNDLE, api, hook.url, caFile); // warm the file cache
      for (let i = 0; i < ROUNDS; i++) {
        // Alternated, so neither bundle always runs on the machine the other left behind.
        const pair =
          i % 2
            ? [
                [BUNDLE, now],
                [baseline.bundle, before]
              ]
            : [
                [baseline.bundle, before],
                [BUNDLE, now]
              ];
        for (const [bundle, into] of pair) into.push(await runBundle(bundle, api, hook.url, caFile));
        if (hasCurl) curl.push(await timeCurl(script));
        bare.push(bareStart());
        floor.push(await runBundle(floorBundle, api, hook.url, caFile));
      }
      const exitFloor = stats(floor, 'exitAfterWriteMs');
      const critical = median(bare) + SAMPLES * L;
      const over = (runs) => stats(runs, 'wallMs') - critical;
      const ratio = over(now) / over(before);
      console.log(`L = ${L} ms: critical path ${fmt(critical)} (node -e 0 ${fmt(median(bare))} + ${SAMPLES} x ${L} ms)`);
      console.log(
        `  wall:     this ${fmt(stats(now, 'wallMs'))}, baseline ${fmt(stats(before, 'wallMs'))}${hasCurl ? `, curl x6 ${fmt(median(curl))} (this/curl ${(stats(now, 'wallMs') / median(curl)).toFixed(2)}x, baseline/curl ${(stats(before, 'wallMs') / median(curl)).toFixed(2)}x)` : ', curl: not installed'}`
      );
      console.log(`  first API request after spawn: this ${fmt(stats(now, 'firstRequestMs'))}, baseline ${fmt(stats(before, 'firstRequestMs'))}`);
      console.log(
        `  exit after the last file written: this ${fmt(stats(now, 'exitAfterWriteMs'))}, baseline ${fmt(stats(before, 'exitAfterWriteMs'))} (the measure's floor, a script that writes and exits: ${fmt(exitFloor)})`
      );
      console.log(`  max RSS: this ${stats(now, 'rssMiB').toFixed(1)} MiB, baseline ${stats(before, 'rssMiB').toFixed(1)} MiB`);
      report(
        `preflight overhead over the critical path at L = ${L}`,
        `${fmt(over(now))} vs baseline ${fmt(over(before))} = ${(ratio * 100).toFixed(0)}%`,
        '70% of the baseline',
        ratio <= 0.7
      );
      report(
        `preflight max RSS at L = ${L}`,
        `${stats(now, 'rssMiB').toFixed(1)} MiB vs ${stats(before, 'rssMiB').toFixed(1)} MiB`,
        'no more than the baseline',
        stats(now, 'rssMiB') <= stats(before, 'rssMiB') * 1.02
      );
      const exitMs = stats(now, 'exitAfterWriteMs') - exitFloor;
      report(`preflight exit after writing its summary at L = ${L}, beyond the measure's floor`, fmt(exitMs), '15 ms', exitMs <= 15);
    } finally {
      api.close();
      hook.close();
    }
  }
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`
  );
}

// `--once <bundle>`: one run at L = BENCH_L (50 by default), its measures printed (BENCH_NODE_ARGS adds node flags, e.g. --cpu-prof).
if (process.argv.includes('--once')) {
  const ca = await makeCa();
  const cert = await makeCertificateSignedBy(ca, { altNames: ['localhost', '127.0.0.1'] });
  const caFile = join(mkdtempSync(join(tmpdir(), 'gate-bench-ca-')), 'ca.pem');
  writeFileSync(caFile, ca.cert);
  const L = Number(process.env.BENCH_L ?? 50);
  const [api, hook] = await Promise.all([startServer('api', cert, L), startServer('hook', cert, L)]);
  console.log(await runBundle(arg('--once'), api, hook.url, caFile, (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)));
  api.close();
  hook.close();
} else if (import.meta.url === `file://${process.argv[1]}`) {
  let failures = 0;
  await benchPreflight({
    report: (name, value, budget, ok) => (console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${value} (budget ${budget})`), ok || failures++)
  });
  process.exit(failures ? 1 : 0);
}
