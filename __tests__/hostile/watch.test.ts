/**
 * Hostile cases for watch mode: a health URL that redirects, an interval longer than the watch,
 * a summary that would outgrow GitHub's limit.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { runWatch } from '../../src/modes/watch.js';
import { buildReport } from '../../src/report/run-report.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderTimeline } from '../../src/watch/timeline.js';
import type { Sample } from '../../src/watch/sample.js';
import { readInputs } from '../../src/settings/inputs.js';
import { parseSettings } from '../../src/settings/settings.js';
import { inputEnv } from '../helpers/inputs.js';
import { modeContextFor } from '../helpers/mode-context.js';

let double: Double | undefined;
let server: Server | undefined;
afterEach(async () => {
  await double?.close();
  double = undefined;
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
  }
});

describe('hostile: watch health-url', () => {
  it('a health-url that redirects (/health -> /health/) does not roll production back as "error rate 33%"', async () => {
    double = await startDouble({ credits: 500 });
    server = createServer((req, res) => {
      if (req.url === '/health') return void res.writeHead(301, { location: '/health/' }).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"UP"}');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const result = await runWatch(
      modeContextFor({
        mode: 'watch',
        environment: 'staging',
        'api-url': double.url,
        'api-key': double.keys.test,
        'health-url': `http://127.0.0.1:${port}/health`,
        'watch-minutes': '0.05',
        'watch-interval-seconds': '0.5',
        'error-window-minutes': '0.01'
      })
    );
    // Production (API and application) answered every request; only the URL is one hop short.
    if (result.outputs?.rollback === 'true') expect(result.outputs['rollback-reasons']).toMatch(/health-url|redirect|30[12]/i);
  });
});

describe('hostile: watch timing', () => {
  it('a watch-interval-seconds longer than the watch is refused, not a watch that ends at 0 s with rollback=false', () => {
    const parsed = parseSettings(readInputs(inputEnv({ mode: 'watch', 'watch-minutes': '0.05', 'watch-interval-seconds': '10' })));
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      'watch-interval-seconds: 10 is longer than the watch (watch-minutes 0.05 = 3 s); the watch would end after one measurement'
    ]);
  });
});

describe('hostile: watch report size', () => {
  it("the job summary of an allowed watch (360 min every 1 s) stays under GitHub's 1 MiB step-summary limit", () => {
    // GitHub drops a step summary over 1 MiB entirely ("upload aborted"): verdict included.
    const samples: Sample[] = [];
    for (let i = 0; i < 360 * 60; i++) {
      samples.push({
        index: i,
        atMs: i * 1000,
        credits: 500,
        webhookSilenceMs: 12_000,
        probes: [
          { name: 'api', measured: true, ok: true, status: 200, latencyMs: 120 },
          { name: 'credits', measured: true, ok: true, status: 200, latencyMs: 90 },
          { name: 'health', measured: false, ok: false, error: 'app.example.test did not answer within 4000 ms' },
          { name: 'heartbeat', measured: true, ok: true, status: 200, latencyMs: 40 }
        ]
      });
    }
    const report = buildReport({
      mode: 'watch',
      environment: 'production',
      failOn: 'failure',
      startedAt: new Date(),
      durationMs: 21_600_000,
      checks: [],
      data: { samples }
    });
    const markdown = renderSummary(report, renderTimeline(samples));
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
  });
});
