/**
 * The command line's last line of defence, in the built dist/cli.js under Node 24: a fault that
 * escapes the run (an uncaught exception, an unhandled rejection) ends as the contract says for
 * a fault of the gate, exit 3, with the report in the format asked for and no Node stack trace;
 * in smoke the test appointment is cancelled first. Injected through MONCRENEAU_GATE_TEST_FAULT.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { NODE24, REPO_ROOT } from '../helpers/run-bundle.js';

const CLI = join(REPO_ROOT, 'dist/cli.js');
let double: Double;
let confirm: http.Server;
let confirmTemplate = '';

beforeAll(async () => {
  double = await startDouble({});
  // Never confirms: the smoke test is waiting, mid-way, when the fault strikes.
  confirm = http.createServer((_req, res) => res.writeHead(404).end());
  await new Promise<void>((resolve) => confirm.listen(0, '127.0.0.1', resolve));
  confirmTemplate = `http://127.0.0.1:${(confirm.address() as AddressInfo).port}/confirm/{appointmentId}/{event}`;
});
afterAll(async () => {
  confirm.closeAllConnections();
  confirm.close();
  await double.close();
});

function cli(args: string[], fault: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    MONCRENEAU_API_URL: double.url,
    MONCRENEAU_API_KEY: double.keys.test,
    MONCRENEAU_GATE_TEST_FAULT: fault
  };
  return new Promise((resolve) => {
    execFile(NODE24, [CLI, ...args, '--environment', 'staging'], { env, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr })
    );
  });
}

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe('a fault that escapes a command-line run', () => {
  it.each(['uncaught:30', 'rejection:30'])('%s in preflight: exit 3, the JUnit report written with the gate row, no stack trace', async (fault) => {
    const file = join(mkdtempSync(join(tmpdir(), 'gate-cli-fault-')), 'report.xml');
    // The api probes answer after 300 ms: the fault strikes while the check is waiting.
    double.setFaults({ paths: ['/appointments'], latencyMs: 300 });
    const run = await cli(['preflight', '--checks', 'config,api', '--format', 'junit', '--output', file], fault).finally(() => double.setFaults([]));
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/fail\s+gate\s+the gate stopped unexpectedly: fault injected on purpose/);
    expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stdout + run.stderr).not.toContain('::');
    const xml = readFileSync(file, 'utf8');
    // A fault of the gate is a JUnit error, not a failed check.
    expect(xml).toMatch(/<testcase [^>]*name="gate: [^"]*"[^>]*>\s*<error message="the gate stopped unexpectedly/);
  });

  it('in smoke, mid-way: the booked appointment is cancelled before exit 3', async () => {
    const run = await cli(['smoke', '--department-id', '1', '--webhook-confirm-url', confirmTemplate, '--webhook-wait-seconds', '20'], 'uncaught:400');
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/pass\s+cleanup\s+appointment \d+ undone/);
    expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
    const booked = [...double.state.test.appointments.values()];
    expect(booked.length).toBeGreaterThan(0);
    expect(booked.every((a) => a.status === 'CANCELLED')).toBe(true);
  }, 60_000);
});
