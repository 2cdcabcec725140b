/** Watch mode against the local double, a health endpoint and a webhook heartbeat, with time compressed. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runWatch } from '../../src/modes/watch.js';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { modeContextFor } from '../helpers/mode-context.js';

let double: Double;
let app: http.Server;
let appUrl: string;
/** What the application's health endpoint and heartbeat answer; tests change it. */
let appState: { healthStatus: number; lastWebhookAgoMs: number };

beforeEach(async () => {
  double = await startDouble({ credits: 1000 });
  appState = { healthStatus: 200, lastWebhookAgoMs: 1000 };
  app = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/health') {
      res.statusCode = appState.healthStatus;
      res.end('{"ok":true}');
    } else {
      res.end(JSON.stringify({ lastReceivedAt: new Date(Date.now() - appState.lastWebhookAgoMs).toISOString() }));
    }
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await double.close();
  app.closeAllConnections();
  await new Promise((resolve) => app.close(resolve));
});

const inputs = (extra: Record<string, string> = {}) => ({
  mode: 'watch',
  environment: 'staging',
  'api-url': double.url,
  'api-key': double.keys.test,
  'watch-minutes': '0.02',
  'watch-interval-seconds': '0.1',
  'error-window-minutes': '0.005',
  'health-url': `${appUrl}/health`,
  'webhook-heartbeat-url': `${appUrl}/heartbeat`,
  ...extra
});

const byId = (checks: { id: string }[], id: string) => checks.find((c) => c.id === id) as { status: string; summary: string } | undefined;

describe('watch mode', () => {
  it('ends at watch-minutes with rollback=false when everything is healthy, logging each interval', async () => {
    const lines: string[] = [];
    const t0 = performance.now();
    const result = await runWatch(modeContextFor(inputs(), { log: (l) => lines.push(l) }));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(1100);
    expect(result.outputs).toEqual({ rollback: 'false', 'rollback-reasons': '' });
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      // Compressed time: an interval of 0.1 s would spend the key's hourly quota, so it warns.
      ['config', 'warn'],
      ['visibility', 'pass'],
      ['error-rate', 'pass'],
      ['latency', 'pass'],
      ['credits-burn', 'skip'],
      ['webhook-silence', 'pass']
    ]);
    const samples = result.data!.samples as unknown[];
    expect(samples.length).toBeGreaterThanOrEqual(10);
    // One line per interval, a line when the state is first known, one at the end.
    expect(lines.filter((l) => l.startsWith('['))).toHaveLength(samples.length);
    expect(lines[0]).toMatch(
      /^\[0:00\/0:01\] error rate API 0\.0% \(0\/2\), health-url 0\.0% \(0\/1\) in window, slowest \d+ ms, credits 1000, last webhook 0:01 ago$/
    );
    expect(lines.filter((l) => !l.startsWith('['))).toEqual([
      'Watch starts at 0:00: healthy, no failed request, responses within the limit',
      `Watch ended after ${samples.length} intervals: the watch ran its course`
    ]);
  });

  it('rolls back on an error burst within the error window', async () => {
    const ctx = modeContextFor(inputs({ 'watch-minutes': '1', 'error-window-minutes': '0.01' }));
    setTimeout(() => double.setFaults({ paths: ['/appointments'], serverErrors: 10_000 }), 300);
    const t0 = performance.now();
    const result = await runWatch(ctx);
    expect(performance.now() - t0).toBeLessThan(2500);
    expect(result.outputs!.rollback).toBe('true');
    expect(result.outputs!['rollback-reasons']).toMatch(/^API error rate \d+\.\d% \(\d+ of \d+ requests\) over the last 0\.01 min, above 10\.0%$/);
    expect(byId(result.checks, 'error-rate')!.status).toBe('fail');
  });

  it('rolls back when responses are slower than rollback-latency-ms', async () => {
    double.setFaults({ latencyMs: 150 });
    const result = await runWatch(modeContextFor(inputs({ 'watch-minutes': '1', 'rollback-latency-ms': '100' })));
    expect(result.outputs!.rollback).toBe('true');
    expect(result.outputs!['rollback-reasons']).toMatch(/p95 response time \d+ ms .* above 100 ms/);
    expect(byId(result.checks, 'latency')!.summary).toContain('roll back');
  });

  it('rolls back when credits burn faster than max-credits-per-hour', async () => {
    const burn = setInterval(() => (double.state.test.credits -= 2), 50);
    try {
      const result = await runWatch(modeContextFor(inputs({ 'watch-minutes': '1', 'max-credits-per-hour': '1000' })));
      expect(result.outputs!.rollback).toBe('true');
      expect(result.outputs!['rollback-reasons']).toMatch(/credits consumed at \d+ per hour, above 1000 per hour/);
    } finally {
      clearInterval(burn);
    }
  });

  it('rolls back when the heartbeat says no webhook arrived for too long', async () => {
    appState.lastWebhookAgoMs = 11 * 60_000;
    const result = await runWatch(modeContextFor(inputs({ 'watch-minutes': '1' })));
    expect(result.outputs!.rollback).toBe('true');
    expect(result.outputs!['rollback-reasons']).toMatch(/no webhook received for 11(\.\d+)? min, above 10 min/);
    expect((result.data!.samples as unknown[]).length).toBe(1);
  });

  it('judges a failing health endpoint on its own error rate, not diluted by the API probes', async () => {
    appState.healthStatus = 503;
    const result = await runWatch(modeContextFor(inputs({ 'watch-minutes': '1', 'max-error-rate': '0.2' })));
    expect(result.outputs!.rollback).toBe('true');
    // Mixed with the two API probes an interval, it would read 33.3%.
    expect(result.outputs!['rollback-reasons']).toMatch(/^health-url error rate 100\.0% \(\d+ of \d+ requests\) over the last/);
    expect(result.outputs!['rollback-reasons']).not.toContain('API error rate');
    expect(byId(result.checks, 'error-rate')!.summary).toMatch(/^health-url error rate 100\.0% .*: roll back$/);
  });

  it('shows each target’s rate in the error-rate row of a healthy watch', async () => {
    const result = await runWatch(modeContextFor(inputs({ 'watch-minutes': '0.01' })));
    expect(byId(result.checks, 'error-rate')!.summary).toMatch(
      /^API 0\.0% \(0 of \d+\), health-url 0\.0% \(0 of \d+\) requests failed in the last window, each judged on its own, limit 10\.0%$/
    );
  });

  it('rolls back when one health answer in five takes 1.2 s against rollback-latency-ms 500 (slow is slow)', async () => {
    let healthCalls = 0;
    const slowApp = http.createServer((_req, res) => {
      healthCalls++;
      const wait = healthCalls % 5 === 0 ? 1200 : 0;
      setTimeout(() => (res.writableEnded || res.destroyed ? undefined : res.end('{"ok":true}')), wait);
    });
    await new Promise<void>((resolve) => slowApp.listen(0, '127.0.0.1', resolve));
    try {
      const healthUrl = `http://127.0.0.1:${(slowApp.address() as AddressInfo).port}/health`;
      const result = await runWatch(
        modeContextFor(
          inputs({
            'watch-minutes': '1',
            'watch-interval-seconds': '0.2',
            'error-window-minutes': '0.1',
            'rollback-latency-ms': '500',
            'max-error-rate': '0.5',
            'health-url': healthUrl,
            'webhook-heartbeat-url': ''
          })
        )
      );
      expect(result.outputs!.rollback).toBe('true');
      // The probe stops at twice rollback-latency-ms (1 s); the answer it cut counts as 1 s, not as nothing.
      expect(result.outputs!['rollback-reasons']).toMatch(/^p95 response time 1\d{3} ms over the last [\d.]+ min \(slowest 1\d{3} ms\), above 500 ms$/);
      expect(byId(result.checks, 'error-rate')!.status).toBe('pass');
    } finally {
      slowApp.closeAllConnections();
      slowApp.close();
    }
  });

  it('ends as a failure, not a pass and not a rollback, when the API cannot be reached', async () => {
    const port = Number(new URL(double.url).port);
    await double.close();
    const result = await runWatch(
      modeContextFor(inputs({ 'watch-minutes': '1', 'api-url': `http://127.0.0.1:${port}/api/v1`, 'health-url': '', 'webhook-heartbeat-url': '' }))
    );
    expect(result.outputs!.rollback).toBe('false');
    expect(byId(result.checks, 'visibility')!.status).toBe('fail');
    expect(byId(result.checks, 'visibility')!.summary).toContain('cannot see production');
    expect((result.data!.samples as unknown[]).length).toBe(3);
    double = await startDouble();
  });

  it('stops when the job is cancelled and reports what was seen', async () => {
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 350);
    const result = await runWatch(modeContextFor(inputs({ 'watch-minutes': '1' }), { cancelled: cancel.signal }));
    expect(byId(result.checks, 'stopped')!.summary).toMatch(/^the job was cancelled after 0(\.\d+)? of 1 min$/);
    expect((result.data!.samples as unknown[]).length).toBeGreaterThanOrEqual(1);
    expect(result.outputs!.rollback).toBe('false');
  });
});

describe('watch mode: a heartbeat that cannot be believed', () => {
  it.each([
    ['in the future', () => new Date(Date.now() + 3_600_000).toISOString()],
    ['not an ISO time', () => 'banana 2']
  ])('is not a pass when lastReceivedAt is %s, nor a rollback', async (_label, value) => {
    const heartbeat = http.createServer((_req, res) => res.end(JSON.stringify({ lastReceivedAt: value() })));
    await new Promise<void>((resolve) => heartbeat.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(heartbeat.address() as AddressInfo).port}/heartbeat`;
      const result = await runWatch(modeContextFor(inputs({ 'webhook-heartbeat-url': url, 'health-url': '' })));
      expect(result.outputs!.rollback).toBe('false');
      expect(byId(result.checks, 'webhook-silence')!.status).toBe('fail');
    } finally {
      heartbeat.closeAllConnections();
      heartbeat.close();
    }
  });
});
