/**
 * Smoke at the deadline, in the built bundle under Node 24: whichever step the deadline cuts
 * (either webhook wait, the DELETE, the read-back, the refund reads), the run ends with a
 * summary, every output, the JSON report, the booking cancelled or the 🚨 alert naming it, and
 * exit 1. timeout-seconds is always given: these tests must not depend on action.yml's default.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { runBundle, type BundleRun } from '../helpers/run-bundle.js';

const TIMEOUT_SECONDS = 10;
let double: Double;
let confirm: http.Server;
let template = '';
/** How the application's confirm URL answers each event (200: processed, 404: not yet). */
let answer: (event: string) => number = () => 404;

beforeAll(async () => {
  double = await startDouble({ credits: 25 });
  confirm = http.createServer((req, res) => res.writeHead(answer(decodeURIComponent(req.url!.split('/').pop()!))).end());
  await new Promise<void>((resolve) => confirm.listen(0, '127.0.0.1', resolve));
  template = `http://127.0.0.1:${(confirm.address() as AddressInfo).port}/confirm/{appointmentId}/{event}`;
});
afterAll(async () => {
  confirm.closeAllConnections();
  confirm.close();
  await double.close();
});
beforeEach(() => {
  double.clearFaults();
  // Whatever a test left booked is cancelled, so every test starts from the same balance.
  for (const a of double.state.test.appointments.values()) if (a.status === 'SCHEDULED') a.status = 'CANCELLED';
  double.state.test.credits = 25;
});

async function smokeRun(): Promise<{ run: BundleRun; id: number; status: string }> {
  const known = new Set(double.state.test.appointments.keys());
  const run = await runBundle(
    {
      mode: 'smoke',
      environment: 'staging',
      'api-url': double.url,
      'api-key': double.keys.test,
      'department-id': '1',
      'webhook-confirm-url': template,
      'webhook-wait-seconds': '60',
      'timeout-seconds': String(TIMEOUT_SECONDS),
      'pr-comment': 'false'
    },
    {},
    { timeoutMs: 40_000 }
  );
  const fresh = [...double.state.test.appointments.values()].filter((a) => !known.has(a.id));
  expect(fresh).toHaveLength(1);
  // What every run cut by the deadline leaves.
  expect(run.timedOut).toBe(false);
  expect(run.code).toBe(1);
  expect(run.stderr).toBe('');
  expect(run.allText).not.toMatch(/\n\s+at .+:\d+:\d+|ClientDestroyedError/);
  // Cut by the deadline is the smoke test's own failure, not a fault of the gate.
  expect(run.summary).not.toContain('stopped unexpectedly');
  expect(run.outputs).toMatchObject({ result: 'fail', 'appointment-id': String(fresh[0]!.id) });
  expect(run.outputs['report-path']).not.toBe('');
  expect(run.report).toMatchObject({ mode: 'smoke', result: 'fail' });
  expect(run.summary).toMatch(/^## MONCRENEAU deploy gate — staging — ❌ blocked$/m);
  expect(run.summary).toMatch(/\| Smoke test stopped \| ❌ Fail \| stopped early: the deadline came \|/);
  // The deadline, the publish and starting Node on a loaded machine; a run held by a cleanup gone astray takes 18 s.
  expect(run.durationMs).toBeLessThan((TIMEOUT_SECONDS + 6) * 1000);
  return { run, id: fresh[0]!.id, status: fresh[0]!.status };
}

describe('bundle: smoke cut by the deadline', () => {
  it('during the wait for appointment.created: cancelled', async () => {
    answer = () => 404;
    const { run, status } = await smokeRun();
    expect(status).toBe('CANCELLED');
    expect(run.summary).toMatch(/\| appointment\.created processed \| ❌ Fail \| appointment\.created not confirmed: the wait was stopped/);
    expect(run.summary).toMatch(/\| Cancel test appointment \| ✅ Pass \|/);
    expect(double.state.test.credits).toBe(25);
  });

  it('during the wait for appointment.cancelled: cancelled, and reported', async () => {
    answer = (event) => (event === 'appointment.created' ? 200 : 404);
    const { run, status } = await smokeRun();
    expect(status).toBe('CANCELLED');
    expect(run.summary).toMatch(/\| Cancel test appointment \| ✅ Pass \|/);
    expect(run.summary).toMatch(/\| appointment\.cancelled processed \| ❌ Fail \| appointment\.cancelled not confirmed: the wait was stopped/);
  });

  it('during the DELETE, which never answers: the alert names the appointment', async () => {
    answer = () => 404;
    double.setFaults({ methods: ['DELETE'], hang: true });
    const { run, id, status } = await smokeRun();
    expect(status).toBe('SCHEDULED');
    expect(run.summary.startsWith(`> 🚨 **Appointment ${id} was NOT cancelled`)).toBe(true);
    expect(run.summary).toContain(`curl -X DELETE '${double.url}/appointments/${id}'`);
    expect(run.summary).toMatch(/\| Cancel test appointment \| ❌ Fail \| appointment \d+ NOT cancelled/);
  });

  it('during the read-back, which never answers: cancelled, the DELETE’s 204 taken', async () => {
    answer = () => 404;
    double.setFaults({ methods: ['GET'], paths: [/^\/appointments\/\d+$/], hang: true });
    const { run, status } = await smokeRun();
    expect(status).toBe('CANCELLED');
    expect(run.summary).toMatch(/\| Cancel test appointment \| ✅ Pass \| appointment \d+ cancelled \(DELETE answered 204; reading it back failed/);
  });

  it('during the refund reads, which never answer: cancelled, the refund not proven', async () => {
    // The application confirms both events; as it confirms the cancellation, the balance stops answering.
    answer = (event) => {
      if (event === 'appointment.cancelled') double.setFaults({ paths: ['/organizations/me'], hang: true });
      return 200;
    };
    const { run, status } = await smokeRun();
    expect(status).toBe('CANCELLED');
    expect(run.summary).toMatch(/\| appointment\.cancelled processed \| ✅ Pass \|/);
    expect(run.summary).toMatch(/\| Credits after \(refund\) \| ❌ Fail \|/);
  });
});
