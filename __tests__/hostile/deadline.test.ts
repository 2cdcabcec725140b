/**
 * Hostile case: the process must exit within timeout-seconds + 2 s, even when the GitHub API
 * never answers the pull request comment (the comment is bounded by the run's deadline).
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

describe('hostile: deadline', () => {
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
    // The comment alone would take 10 s if unbounded: 1 s deadline + 2 s, plus room for starting
    // Node on a loaded machine, still tells the two apart.
    expect(run.durationMs).toBeLessThan(5_000);
  });
});
