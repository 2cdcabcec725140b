#!/usr/bin/env node
// Watch mode's judging cost per interval, measured on this machine at this moment (not a timed
// test): the incremental window (src/watch/window.ts) over 10,000 intervals whose window holds
// them all, next to the rescan it replaced (every interval re-reading the whole window and
// sorting its response times). Prints the cost of the first and the last 1,000 intervals and
// exits 1 when the incremental one grows by more than half.
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
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } });
  writeFileSync(join(out, `${name}.js`), outputText);
}
const { JudgingWindow } = await import(pathToFileURL(join(out, 'window.js')).href);
const { countsAsRequest, percentile, responseTimes } = await import(pathToFileURL(join(out, 'criteria.js')).href);
rmSync(out, { recursive: true, force: true });

const INTERVALS = 10_000;
const limits = { maxErrorRate: 0.1, errorWindowMs: 360 * 60_000, rollbackLatencyMs: 2000, maxCreditsPerHour: null, maxSilenceMs: null };
const probe = (name, i) => ({ name, measured: true, ok: i % 17 !== 0, status: 200, latencyMs: (i * 37) % 900 });
const samples = Array.from({ length: INTERVALS }, (_, i) => ({ index: i, atMs: i * 2000, probes: ['api', 'credits', 'health', 'heartbeat'].map((n) => probe(n, i)), credits: 1000 - i }));

/** The judging as it was: the whole window re-read, its response times sorted, every interval. */
function rescan(all, nowMs) {
  const start = nowMs - limits.errorWindowMs;
  const inWindow = all.filter((s) => s.atMs > start);
  const probes = inWindow.flatMap((s) => s.probes.filter(countsAsRequest));
  const failed = probes.filter((p) => !p.ok).length;
  const times = inWindow.flatMap(responseTimes);
  return { failed, p95: percentile(times, 95), slowest: times.reduce((a, b) => Math.max(a, b), 0) };
}

/** Microseconds per interval for each block of 1,000 intervals. */
function measure(judge) {
  const blocks = [];
  for (let from = 0; from < INTERVALS; from += 1000) {
    const t0 = process.hrtime.bigint();
    for (let i = from; i < from + 1000; i++) judge(i);
    blocks.push(Number(process.hrtime.bigint() - t0) / 1e3 / 1000);
  }
  return blocks;
}

// Three times, keeping the last: the first runs also warm the JIT.
let window;
const incremental = () => {
  window = new JudgingWindow(limits);
  return measure((i) => {
    window.add(samples[i]);
    window.assess(samples[i].atMs, false);
  });
};
incremental();
incremental();
const fast = incremental();
// The rescan only at both ends (100 intervals each): its last intervals are slow by design.
const rescanAt = (from) => {
  const t0 = process.hrtime.bigint();
  for (let i = from; i < from + 100; i++) rescan(samples.slice(0, i + 1), samples[i].atMs);
  return Number(process.hrtime.bigint() - t0) / 1e3 / 100;
};
const slow = [rescanAt(0), rescanAt(INTERVALS - 100)];

const fmt = (us) => `${us.toFixed(1)} µs`;
console.log(`incremental window: first 1,000 intervals ${fmt(fast[0])} each, last 1,000 ${fmt(fast.at(-1))} each`);
console.log(`rescan (before):    first 100 intervals ${fmt(slow[0])} each, last 100 ${fmt(slow[1])} each`);
const grew = fast.at(-1) / fast[0];
const ok = grew <= 1.5;
console.log(`${ok ? 'ok  ' : 'OVER'} cost of the 10,000th interval against the first: x${grew.toFixed(2)} (budget x1.5)`);
process.exit(ok ? 0 : 1);
