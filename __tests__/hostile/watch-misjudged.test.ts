/**
 * Hostile production, through the built bundle: answers that would be misjudged if the watch
 * read them naively. A redirecting api-url is a configuration error, not a rollback; a heartbeat
 * time without a zone is refused, never read in the runner's zone; answers slower than the
 * probe's time limit count as that slow; the health endpoint is judged on its own error rate.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readerSees } from '../helpers/markdown.js';
import { runBundle } from '../helpers/run-bundle.js';
import { hostile, json, type Hostile } from './servers.js';

let server: Hostile | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const API_KEY = 'mk_test_adversarialKey0123456789';
const watch = (extra: Record<string, string> = {}) => ({
  mode: 'watch',
  environment: 'staging',
  'api-url': `${server!.url}/api/v1`,
  'api-key': API_KEY,
  'watch-minutes': '0.05',
  'watch-interval-seconds': '0.5',
  'error-window-minutes': '0.02',
  ...extra
});

/** A production whose API answers well, and whose application endpoints behave as `app` says. */
async function production(app: (url: string, res: Parameters<Parameters<typeof hostile>[0]>[1], calls: number) => void) {
  let calls = 0;
  server = await hostile((req, res) => {
    const url = req.url ?? '';
    if (url.startsWith('/api/v1/organizations/me')) return json(res, 200, { availableCredits: 500 });
    if (url.startsWith('/api/v1/appointments')) return json(res, 200, { content: [] });
    return app(url, res, ++calls);
  });
}

describe('hostile: answers the watch must not misjudge', () => {
  it('a redirecting api-url stops the watch as misconfigured, with rollback=false and the URL to give', async () => {
    server = await hostile((_req, res) => {
      res.writeHead(301, { location: 'https://api.moved.example/api/v1/appointments?size=1' });
      res.end();
    });
    const run = await runBundle(watch({ 'watch-minutes': '1' }));
    expect(run.outputs).toMatchObject({ result: 'fail', rollback: 'false', 'rollback-reasons': '' });
    expect(run.outputs['failed-checks']).toContain('api-url');
    expect(run.outputs['failed-checks']).not.toContain('error-rate');
    expect(run.outputs['failed-checks']).toBe('api-url');
    expect(readerSees(run.summary)).toMatch(
      /api-url answers 301 with a redirect to https:\/\/api\.moved\.example\/api\/v1\/appointments: nothing was watched there/
    );
    expect(run.stdout).toContain('Watch ended after 1 interval: a URL redirects: the watch is misconfigured');
    // Stopped at once, not after the minute.
    expect(run.durationMs).toBeLessThan(15_000);
    expect(run.code).toBe(1);
  });

  it('a heartbeat lastReceivedAt without a zone is refused with a hint, never read in the runner’s zone', async () => {
    const local = new Date().toISOString().slice(0, 19); // now, with its Z cut off
    await production((url, res) => (url === '/heartbeat' ? json(res, 200, { lastReceivedAt: local }) : json(res, 404, {})));
    // A runner far from UTC would read it hours off: with TZ set, the silence would pass or breach by accident.
    const run = await runBundle(watch({ 'webhook-heartbeat-url': `${server!.url}/heartbeat`, 'max-webhook-silence-minutes': '1' }), {
      TZ: 'Pacific/Kiritimati'
    });
    expect(run.outputs.rollback).toBe('false');
    expect(run.summary).toMatch(
      /\| Webhooks arriving \| ❌ Fail \| the heartbeat never gave a usable lastReceivedAt \(last answer: lastReceivedAt has no time zone/
    );
    expect(run.summary).toContain('Z or an offset');
  });

  it('one health answer in five past the probe’s limit rolls back on p95, counted as that slow', async () => {
    await production((url, res, calls) => {
      if (url !== '/health') return json(res, 404, {});
      setTimeout(() => (res.destroyed ? undefined : json(res, 200, { ok: true })), calls % 5 === 0 ? 1200 : 0);
    });
    const run = await runBundle(
      watch({
        'watch-minutes': '1',
        'watch-interval-seconds': '0.2',
        'error-window-minutes': '0.1',
        'health-url': `${server!.url}/health`,
        'rollback-latency-ms': '500',
        'max-error-rate': '0.5'
      }),
      {},
      { timeoutMs: 60_000 }
    );
    expect(run.outputs.rollback).toBe('true');
    expect(run.outputs['rollback-reasons']).toMatch(/^p95 response time 1\d{3} ms .*above 500 ms$/);
  });

  it('a health endpoint failing one probe in four is judged at 25%, not diluted by the API probes', async () => {
    await production((url, res, calls) => (url === '/health' ? json(res, calls % 4 === 0 ? 503 : 200, {}) : json(res, 404, {})));
    const run = await runBundle(
      watch({
        'watch-minutes': '0.1',
        'watch-interval-seconds': '0.25',
        'error-window-minutes': '0.1',
        'health-url': `${server!.url}/health`,
        'max-error-rate': '0.2'
      }),
      {},
      { timeoutMs: 60_000 }
    );
    expect(run.outputs.rollback).toBe('true');
    expect(run.outputs['rollback-reasons']).toMatch(/^health-url error rate 2\d\.\d% \(\d+ of \d+ requests\) over the last/);
  });
});
