/**
 * Runs the BUILT bundle (Node 24) against an attacker and checks what must hold whatever the
 * answer: the run ends by itself with exit 0 or 1, no stack trace, a summary, every output, the
 * JSON report, and a memory peak under 200 MB (read from the child's own resource usage).
 */
import { expect } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundle, type BundleRun } from '../helpers/run-bundle.js';
import type { AttackName } from './attackers.js';

/**
 * Preloaded into the child: writes its peak resident memory (KB) when it exits. VmHWM is the
 * process's own peak; getrusage's maxRSS survives exec, so it can report the forking jest
 * worker's memory instead (used only where /proc is missing).
 */
const PROBE = `process.on('exit', () => {
  const fs = require('node:fs');
  let kb = process.resourceUsage().maxRSS;
  try { kb = Number(/VmHWM:\\s+(\\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]); } catch {}
  fs.writeFileSync(process.env.GATE_RSS_FILE, String(kb));
});\n`;

export const MAX_RSS_BYTES = 200 * 1024 * 1024;

export async function runUnderAttack(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  timeoutMs = 40_000
): Promise<BundleRun & { maxRssBytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'gate-attack-'));
  try {
    const probe = join(dir, 'rss-probe.cjs');
    const rssFile = join(dir, 'rss.txt');
    writeFileSync(probe, PROBE);
    const run = await runBundle(inputs, { ...env, NODE_OPTIONS: `--require ${probe}`, GATE_RSS_FILE: rssFile }, { timeoutMs });
    return { ...run, maxRssBytes: Number(readFileSync(rssFile, 'utf8')) * 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Fails unless the run ended as the gate promises, whatever it was sent. */
export function expectFailClosed(run: BundleRun & { maxRssBytes: number }): void {
  expect({ timedOut: run.timedOut, signal: run.signal }).toEqual({ timedOut: false, signal: null });
  expect([0, 1]).toContain(run.code);
  // No stack trace, no crash report: only the gate's own words.
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.stderr).not.toMatch(/Uncaught|RangeError|Maximum call stack|ClientDestroyedError|heap out of memory/);
  expect(run.summary).toMatch(/^## MONCRENEAU deploy gate — /m);
  expect(run.report).not.toBeNull();
  expect(run.outputs.result).toMatch(/^(pass|warn|fail)$/);
  expect(run.maxRssBytes).toBeGreaterThan(0);
  expect(run.maxRssBytes).toBeLessThan(MAX_RSS_BYTES);
}

/** The attacks no call may take for an answer, and the words that must name each. */
export const FAILURE_REASONS: Partial<Record<AttackName, RegExp>> = {
  'declared-oversize': /exceeded the size limit/,
  'endless-body': /exceeded the size limit/,
  'header-flood': /headers larger than the size limit/,
  'reset-mid-body': /closed the connection without a complete answer/,
  'no-answer': /closed the connection without a complete answer/,
  // The call's own limit, or the run's deadline when it comes first.
  trickle: /did not finish its answer within|did not answer within|stopped at the run’s deadline|did not finish within/,
  'bad-chunk': /a broken chunked body/,
  'garbage-status': /an unreadable status line/,
  'status-zero': /an unreadable status line/
};

export const FAILURE_ATTACKS = Object.keys(FAILURE_REASONS) as AttackName[];
