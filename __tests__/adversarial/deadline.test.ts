/**
 * Adversarial: the process must exit within timeout-seconds + 2 s. The pull request comment is
 * posted after the run's deadline with its own 10 s/20 s budget, so a GitHub API that does not
 * answer keeps the step alive long after timeout-seconds. Fails today; passes once the comment
 * is bounded by the run's deadline.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundle } from '../helpers/run-bundle.js';
import { hostile, type Hostile } from './servers.js';

let server: Hostile | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('adversarial: deadline', () => {
  it('exits within timeout-seconds + 2 s even when the GitHub API never answers the comment', async () => {
    server = await hostile(() => {
      /* never answers */
    });
    const dir = mkdtempSync(join(tmpdir(), 'gate-adv-event-'));
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7 } }));
    const run = await runBundle(
      { checks: 'config', 'api-key': 'mk_live_adversarialKey0123456789', 'timeout-seconds': '1', 'github-token': 'ghs_adversarialToken0123456789' },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'owner/repo', GITHUB_API_URL: server.url },
      { timeoutMs: 30_000 }
    );
    expect(run.timedOut).toBe(false);
    // 1 s deadline + 2 s allowance (+ 0.5 s for starting Node under jest).
    expect(run.durationMs).toBeLessThan(3_500);
  });
});
