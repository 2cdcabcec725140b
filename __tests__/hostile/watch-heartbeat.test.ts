/**
 * Hostile cases: a webhook heartbeat in the future must not read as "no silence" forever, and
 * garbage that Date.parse happens to accept must not become a rollback with an invented age.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '../helpers/run-bundle.js';
import { hostile, json, type Hostile } from './servers.js';

let server: Hostile | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function production(lastReceivedAt: string) {
  server = await hostile((req, res) => {
    const url = req.url ?? '';
    if (url.startsWith('/api/v1/organizations/me')) return json(res, 200, { availableCredits: 500 });
    if (url.startsWith('/api/v1/appointments')) return json(res, 200, { content: [] });
    if (url === '/heartbeat') return json(res, 200, { lastReceivedAt });
    return json(res, 404, {});
  });
}

const watch = () => ({
  mode: 'watch',
  environment: 'staging',
  'api-url': `${server!.url}/api/v1`,
  'api-key': 'mk_test_adversarialKey0123456789',
  'watch-minutes': '0.03',
  'watch-interval-seconds': '0.5',
  'webhook-heartbeat-url': `${server!.url}/heartbeat`,
  'max-webhook-silence-minutes': '1',
  'pr-comment': 'false'
});

describe('hostile: watch heartbeat', () => {
  it('does not pass "Webhooks arriving" when lastReceivedAt is in the future', async () => {
    await production('2099-01-01T00:00:00Z');
    const run = await runBundle(watch());
    expect(run.summary).not.toMatch(/^\| Webhooks arriving \| ✅ Pass/m);
    expect(run.outputs.result).not.toBe('pass');
  });

  it('treats an unreadable lastReceivedAt ("banana 2") as unreadable, not as years of silence', async () => {
    await production('banana 2');
    const run = await runBundle(watch());
    expect(run.outputs['rollback-reasons'] ?? '').not.toMatch(/no webhook received for \d{5,}/);
  });

  it('refuses a lastReceivedAt that names no real instant (February 30), rather than the date Date.parse rolls it to', async () => {
    await production('2026-02-30T10:00:00Z');
    const run = await runBundle(watch());
    expect(run.summary).toContain('lastReceivedAt is not a real date and time');
    expect(run.summary).not.toMatch(/^\| Webhooks arriving \| ✅ Pass/m);
  });
});
