/**
 * JSON nested far deeper than any real answer, wherever the gate reads JSON from outside: the
 * heartbeat, the runner's event file, and (through the bundle) a heartbeat small enough to pass
 * the size bound. "Unreadable", with the reason, never a stack overflow.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import type { GateIO } from '../../src/io/gate-io.js';
import { postPullRequestComment } from '../../src/io/github-comment.js';
import { githubRunFrom } from '../../src/run-context.js';
import { makeRedactor } from '../../src/redact.js';
import type { Annotation } from '../../src/report/run-report.js';
import { silenceFrom } from '../../src/watch/sample.js';
import { DEEP_JSON } from './attackers.js';
import { expectFailClosed, runUnderAttack } from './under-attack.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gate-deep-json-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 21,000 levels: 60 KB, under the 64 KiB bound of a heartbeat answer. */
const DEEP_HEARTBEAT = `${'{"lastReceivedAt":'.repeat(1_000)}${'['.repeat(20_000)}${']'.repeat(20_000)}${'}'.repeat(1_000)}`;

describe('deep JSON: the heartbeat', () => {
  it('when the heartbeat is 200,000 levels deep then it is unreadable, with the reason', () => {
    expect(silenceFrom(Buffer.from(DEEP_JSON), new Date())).toBe('the answer cannot be read as JSON: nested deeper than 64 levels');
  });

  describe('through the bundle', () => {
    let double: Double;
    let server: Server;
    let url: string;
    beforeAll(async () => {
      double = await startDouble({ credits: 100 });
      server = createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(DEEP_HEARTBEAT));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as { port: number }).port}/heartbeat`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await double.close();
    });

    it('when the heartbeat answers 21,000 levels deep within the size bound then the watch says it cannot read it', async () => {
      expect(DEEP_HEARTBEAT.length).toBeLessThan(64 * 1024);
      const run = await runUnderAttack({
        mode: 'watch',
        environment: 'staging',
        'api-url': double.url,
        'api-key': double.keys.test,
        'watch-minutes': '0.02',
        'watch-interval-seconds': '0.4',
        'webhook-heartbeat-url': url,
        'max-webhook-silence-minutes': '5',
        'pr-comment': 'false'
      });
      expectFailClosed(run);
      expect(run.allText).toContain('nested deeper than 64 levels');
      expect(run.summary).not.toMatch(/^\| Webhooks arriving \| ✅ Pass/m);
    });
  });
});

describe('deep JSON: the runner’s event file', () => {
  let eventPath: string;
  beforeAll(() => {
    eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, `{"pull_request":{"number":12},"x":${DEEP_JSON}}`);
  });

  it('when the event payload is 200,000 levels deep then the comment is a warning naming it', async () => {
    const annotations: Annotation[] = [];
    const io = { annotate: (a: Annotation) => annotations.push(a), info: () => {} } as unknown as GateIO;
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/shop' };
    const settings = { enabled: true, token: 'ghs_DeepJsonEventToken_0123456789', redact: makeRedactor([]), deadline: performance.now() + 5_000 };
    await postPullRequestComment(settings, { markdown: '## s', environment: 'staging', mode: 'preflight' }, githubRunFrom(env), io, async () => {
      throw new Error('GitHub must not be contacted');
    });
    expect(annotations.map((a) => a.message)).toEqual([
      'Could not comment on the pull request: the event payload (GITHUB_EVENT_PATH) could not be read: nested deeper than 64 levels. The verdict is unchanged.'
    ]);
  });

  it('when the bundle runs on that event then it ends as usual, with the warning', async () => {
    const run = await runUnderAttack(
      {
        environment: 'staging',
        'api-key': 'mk_test_DeepJsonEvent_0123456789',
        'webhook-secret': 'whsec_DeepJsonEvent_0123456789',
        checks: 'config',
        'github-token': 'ghs_DeepJsonEventToken_0123456789'
      },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: 'http://127.0.0.1:9' }
    );
    expectFailClosed(run);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('could not be read: nested deeper than 64 levels');
  });
});
