#!/usr/bin/env node
// Watch mode's judging cost per interval, measured on this machine at this moment (not a timed
// test): the incremental window (src/watch/window.ts) over 10,000 intervals whose window holds
// them all, next to the rescan it replaced (every interval re-reading the whole window and
// sorting its response times). Prints the cost of intervals 1-100, 1,901-2,000 and 9,901-10,000
// (medians over repeated watches) and exits 1 when the 2,000th costs more than 1.5x the 100th.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { ROOT as root } from './run-gate.mjs';

// The judging modules import nothing but each other (and types), so they are transpiled alone.
const out = mkdtempSync(join(tmpdir(), 'gate-bench-watch-'));
for (const name of ['criteria', 'window', 'order-statistic']) {
  const source = readFileSync(join(root, 'src/watch', `${name}.ts`), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true }
  });
  writeFileSync(join(out, `${name}.js`), outputText);
}
const { JudgingWindow } = await import(pathToFileURL(join(out, 'window.js')).href);
const { countsAsRequest, percentile, responseTimes } = await import(pathToFileURL(join(out, 'criteria.js')).href);
rmSync(out, { recursive: true, force: true });

const INTERVALS = 10_000;
const limits = { maxErrorRate: 0.1, errorWindowMs: 360 * 60_000, rollbackLatencyMs: 2000, maxCreditsPerHour: null, maxSilenceMs: null };
const probe = (name, i) => ({ name, measured: true, ok: i % 17 !== 0, status: 200, latencyMs: (i * 37) % 900 });
const samples = Array.from({ length: INTERVALS }, (_, i) => ({
  index: i,
  atMs: i * 2000,
  probes: ['api', 'credits', 'health', 'heartbeat'].map((n) => probe(n, i)),
  credits: 1000 - i
}));

/** The judging as it was: the whole window re-read, its response times sorted, every interval. */
function rescan(all, nowMs) {
  const start = nowMs - limits.errorWindowMs;
  const inWindow = all.filter((s) => s.atMs > start);
  const probes = inWindow.flatMap((s) => s.probes.filter(countsAsRequest));
  const failed = probes.filter((p) => !p.ok).length;
  const times = inWindow.flatMap(responseTimes);
  return { failed, p95: percentile(times, 95), slowest: times.reduce((a, b) => Math.max(a, b), 0) };
}

/** Microseconds per interval for each block of BLOCK intervals, over one watch of `count` intervals. */
function measure(judge, count, block) {
  const blocks = [];
  for (let from = 0; from < count; from += block) {
    const t0 = process.hrtime.bigint();
    for (let i = from; i < from + block; i++) judge(i);
    blocks.push(Number(process.hrtime.bigint() - t0) / 1e3 / block);
  }
  return blocks;
}

/** One watch through the incremental window: µs per interval, per block of 100. */
function incremental(count) {
  const window = new JudgingWindow(limits);
  return measure(
    (i) => {
      window.add(samples[i]);
      window.assess(samples[i].atMs, false);
    },
    count,
    100
  );
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The measure: judging the 2,000th interval (the block of 100 ending there) against the
 * 100th (the first block), the median of ROUNDS watches; and, for scale, the 10,000th.
 */
export function benchWatch({
  report = (name, value, budget, ok) => console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${value} (budget ${budget})`),
  rounds = 15
} = {}) {
  // Warm the JIT on whole watches first, as a long watch would be by its 100th interval.
  for (let i = 0; i < 3; i++) incremental(INTERVALS);
  const runs = Array.from({ length: rounds }, () => incremental(INTERVALS));
  const at = (block) => median(runs.map((r) => r[block]));
  const [first, at2000, last] = [at(0), at(19), at(INTERVALS / 100 - 1)];
  // The rescan only at both ends (100 intervals each): its last intervals are slow by design.
  const rescanAt = (from) => {
    const t0 = process.hrtime.bigint();
    for (let i = from; i < from + 100; i++) rescan(samples.slice(0, i + 1), samples[i].atMs);
    return Number(process.hrtime.bigint() - t0) / 1e3 / 100;
  };
  const slow = [rescanAt(0), rescanAt(1900)];
  const fmt = (us) => `${us.toFixed(1)} µs`;
  console.log(
    `watch judging, median of ${rounds} watches of ${INTERVALS.toLocaleString('en')} intervals: intervals 1-100 ${fmt(first)} each, 1,901-2,000 ${fmt(at2000)}, 9,901-10,000 ${fmt(last)}`
  );
  console.log(`  the rescan it replaced: intervals 1-100 ${fmt(slow[0])} each, 1,901-2,000 ${fmt(slow[1])}`);
  const grew = at2000 / first;
  report(
    'watch: judging the 2,000th interval against the 100th',
    `x${grew.toFixed(2)} (${fmt(at2000)} vs ${fmt(first)}; the 10,000th x${(last / first).toFixed(2)})`,
    'x1.5',
    grew <= 1.5
  );
  return grew <= 1.5;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(benchWatch() ? 0 : 1);
