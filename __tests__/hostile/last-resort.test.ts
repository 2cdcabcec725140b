/**
 * The last line of defence, in the built bundle under Node 24: a fault that escapes inside any
 * mode (an uncaught exception, an unhandled rejection, thrown while the mode is mid-way), or a
 * fault while publishing, still ends with a summary, every output, the JSON report, exit 1, a
 * message without a stack trace, and in smoke the booking cancelled, or the 🚨 alert naming it.
 *
 * The fault is injected through MONCRENEAU_GATE_TEST_FAULT (src/finish/test-fault.ts): an
 * environment variable no input can set, inert unless set.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { runBundle, type BundleRun } from '../helpers/run-bundle.js';

const COMMON_OUTPUTS = ['result', 'failed-checks', 'warned-checks', 'credits', 'api-latency-ms', 'webhook-latency-ms', 'report-path'];
let double: Double;
let confirm: http.Server;
let confirmTemplate = '';

beforeAll(async () => {
  double = await startDouble({ credits: 30 });
  // Never confirms: the smoke test waits, mid-way, when the fault strikes.
  confirm = http.createServer((_req, res) => res.writeHead(404).end());
  await new Promise<void>((resolve) => confirm.listen(0, '127.0.0.1', resolve));
  confirmTemplate = `http://127.0.0.1:${(confirm.address() as AddressInfo).port}/confirm/{appointmentId}/{event}`;
});
afterAll(async () => {
  confirm.closeAllConnections();
  confirm.close();
  await double.close();
});

const fault = (value: string) => ({ MONCRENEAU_GATE_TEST_FAULT: value });

/** Everything a failing run must leave, whatever stopped it. */
function expectFailedRun(run: BundleRun, extraOutputs: string[] = []): void {
  expect(run.timedOut).toBe(false);
  expect(run.code).toBe(1);
  for (const name of [...COMMON_OUTPUTS, ...extraOutputs]) expect({ name, set: name in run.outputs }).toEqual({ name, set: true });
  expect(run.outputs.result).toBe('fail');
  expect(run.outputs['failed-checks']).toContain('gate');
  expect(run.report).toMatchObject({ version: 1, result: 'fail' });
  expect(run.summary).toMatch(/^## MONCRENEAU deploy gate — staging — ❌ blocked$/m);
  expect(run.summary).toContain('fault injected on purpose');
  expect(run.stdout).toMatch(/^::error::MONCRENEAU deploy gate: promotion blocked/m);
  // No stack trace anywhere: not Node's, not in a message.
  expect(run.allText).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.allText).not.toMatch(/file:\/\/|dist\/index\.js/);
  expect(run.stderr).toBe('');
}

describe('last resort: a fault inside each mode', () => {
  it.each(['uncaught', 'rejection'])('preflight, %s while the checks wait on a slow API', async (kind) => {
    double.setFaults({ latencyMs: 4_000 });
    const run = await runBundle(
      { environment: 'staging', 'api-url': double.url, 'api-key': double.keys.test, checks: 'api,credits', 'pr-comment': 'false', 'timeout-seconds': '30' },
      fault(`${kind}:500`)
    );
    double.clearFaults();
    expectFailedRun(run);
    expect(run.durationMs).toBeLessThan(3_500);
  });

  it.each(['uncaught', 'rejection'])('smoke, %s after the booking: the emergency finish cancels it', async (kind) => {
    const known = new Set(double.state.test.appointments.keys());
    const run = await runBundle(
      {
        mode: 'smoke',
        environment: 'staging',
        'api-url': double.url,
        'api-key': double.keys.test,
        'department-id': '1',
        'webhook-confirm-url': confirmTemplate,
        'webhook-wait-seconds': '60',
        'timeout-seconds': '90',
        'pr-comment': 'false'
      },
      fault(`${kind}:1000`),
      { timeoutMs: 30_000 }
    );
    const fresh = [...double.state.test.appointments.values()].filter((a) => !known.has(a.id));
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.status).toBe('CANCELLED');
    expectFailedRun(run, ['appointment-id']);
    expect(run.outputs['appointment-id']).toBe(String(fresh[0]!.id));
    // The steps done before the fault are still shown, then the fault, then the cleanup.
    expect(run.summary).toMatch(/\| Create test appointment \| ✅ Pass \|/);
    expect(run.summary).toMatch(new RegExp(`\\| Cleanup after the fault \\| ✅ Pass \\| appointment ${fresh[0]!.id} undone`));
    // Long before the 60 s wait or the deadline: the emergency did it, not the mode's own cleanup.
    expect(run.durationMs).toBeLessThan(10_000);
    expect(double.state.test.credits).toBe(30);
  });

  it('smoke, a fault while the booking is under way: the emergency looks it up and cancels it', async () => {
    const known = new Set(double.state.test.appointments.keys());
    // The API takes 1.5 s to book; the fault strikes 0.3 s in, before any id is known. Then the
    // mode waits for a confirmation that never comes, so only the emergency can cancel it.
    double.setFaults({ methods: ['POST'], paths: ['/appointments'], latencyMs: 1_500 });
    const run = await runBundle(
      {
        mode: 'smoke',
        environment: 'staging',
        'api-url': double.url,
        'api-key': double.keys.test,
        'department-id': '3',
        'webhook-confirm-url': confirmTemplate,
        'webhook-wait-seconds': '60',
        'timeout-seconds': '90',
        'pr-comment': 'false'
      },
      fault('uncaught:300'),
      { timeoutMs: 30_000 }
    );
    double.clearFaults();
    const fresh = [...double.state.test.appointments.values()].filter((a) => !known.has(a.id));
    expect(fresh.map((a) => a.status)).toEqual(['CANCELLED']);
    expectFailedRun(run, ['appointment-id']);
    expect(run.summary).toMatch(/\| Cleanup after the fault \| ✅ Pass \| the booking under way undone: appointment \d+ cancelled/);
  });

  it('smoke, a fault after the booking while the API refuses to cancel: the alert names it', async () => {
    const known = new Set(double.state.test.appointments.keys());
    double.setFaults({ methods: ['DELETE'], deleteErrors: 1000 });
    const run = await runBundle(
      {
        mode: 'smoke',
        environment: 'staging',
        'api-url': double.url,
        'api-key': double.keys.test,
        'department-id': '2',
        'webhook-confirm-url': confirmTemplate,
        'webhook-wait-seconds': '60',
        'timeout-seconds': '90',
        retries: '0',
        'pr-comment': 'false'
      },
      fault('uncaught:1000'),
      { timeoutMs: 30_000 }
    );
    double.clearFaults();
    const fresh = [...double.state.test.appointments.values()].filter((a) => !known.has(a.id));
    expect(fresh.map((a) => a.status)).toEqual(['SCHEDULED']);
    expectFailedRun(run, ['appointment-id']);
    expect(run.summary.startsWith(`> 🚨 **Appointment ${fresh[0]!.id} was NOT cancelled`)).toBe(true);
    expect(run.summary).toContain(`curl -X DELETE '${double.url}/appointments/${fresh[0]!.id}'`);
    expect(run.stdout).toMatch(/^::error title=Act now::Appointment \d+ was NOT cancelled/m);
    // Cancelled here, so the double is clean for the next test.
    double.state.test.appointments.get(fresh[0]!.id)!.status = 'CANCELLED';
  });

  it.each(['uncaught', 'rejection'])('watch, %s mid-watch', async (kind) => {
    const run = await runBundle(
      {
        mode: 'watch',
        environment: 'staging',
        'api-url': double.url,
        'api-key': double.keys.test,
        'watch-minutes': '1',
        'watch-interval-seconds': '0.2',
        'timeout-seconds': '90',
        'pr-comment': 'false'
      },
      fault(`${kind}:1500`),
      { timeoutMs: 30_000 }
    );
    expectFailedRun(run, ['rollback', 'rollback-reasons']);
    expect(run.outputs.rollback).toBe('false');
    expect(run.durationMs).toBeLessThan(10_000);
  });
});

describe('last resort: publishing', () => {
  const config = { checks: 'config', 'api-key': 'mk_test_lastResort0123456789', environment: 'staging', 'pr-comment': 'false' };

  it('a fault while preparing the report falls back to the minimal publish', async () => {
    const run = await runBundle(config, fault('publish'));
    expectFailedRun(run);
    expect(run.report).toMatchObject({ result: 'fail', checks: [expect.objectContaining({ id: 'gate' })] });
  });

  it('an unwritable summary file: the outputs and the report are still written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-summary-dir-'));
    const run = await runBundle(config, { GITHUB_STEP_SUMMARY: dir });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.report).toMatchObject({ result: 'pass' });
    expect(run.stdout).toMatch(/^::warning title=Summary not written::/m);
    expect(run.stderr).toBe('');
  });

  it('an unwritable outputs file: the summary and the report are still written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-output-dir-'));
    const run = await runBundle(config, { GITHUB_OUTPUT: dir });
    expect(run.code).toBe(0);
    expect(run.summary).toMatch(/^## MONCRENEAU deploy gate — staging — ✅ passed$/m);
    expect(run.stdout).toMatch(/^::warning title=Outputs not written::/m);
    expect(run.stderr).toBe('');
  });

  it('an unwritable report directory: the summary and every output are still written', async () => {
    const run = await runBundle(config, { RUNNER_TEMP: '/proc/version/not-a-dir' });
    expect(run.code).toBe(0);
    expect(run.outputs['report-path']).toBe('');
    expect(run.outputs.result).toBe('pass');
    expect(run.summary).toMatch(/✅ passed/);
    expect(run.stdout).toMatch(/^::warning title=JSON report not written::/m);
  });

  it('the hook cannot be reached through an input', async () => {
    const run = await runBundle({ ...config, MONCRENEAU_GATE_TEST_FAULT: 'publish', 'moncreneau-gate-test-fault': 'publish' });
    expect(run.code).toBe(0);
    expect(run.summary).not.toContain('fault injected');
  });
});
