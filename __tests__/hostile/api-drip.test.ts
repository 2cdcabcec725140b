/**
 * Hostile: an API that sends its headers at once, then its JSON body one byte every 400 ms.
 * The API check's probe times out mid-body (right), but the credits read, pipelined behind it on
 * the shared connection, ends on undici's internal `assert(this.callback)` (RequestHandler's
 * onConnect, when the request is written again on the next connection), which the gate reads as
 * "answered with an unreadable status line (not HTTP)": it fails closed, but sends the on-call
 * engineer after a server that does speak HTTP. The BUILT bundle under Node 24, real HTTP on
 * 127.0.0.1.
 *
 * KNOWN BUG, not fixed here: `it.failing` passes while the credits row still says "not HTTP".
 * The cause is in the pipelining of src/http/dispatcher.ts (oneConnectionPerOrigin) with an
 * aborted request ahead; src/http/network-error.ts maps ERR_ASSERTION to a malformed answer.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '../helpers/run-bundle.js';
import { hostile, type Hostile } from './servers.js';

let api: Hostile | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('hostile: an API that drips its answer', () => {
  it.failing(
    'the credits row names the slow answer, not an answer that is not HTTP',
    async () => {
      api = await hostile(async (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        for (const c of '{"content":[],"availableCredits":500}') {
          if (res.destroyed) return;
          res.write(c);
          await new Promise((resolve) => setTimeout(resolve, 400));
        }
        res.end();
      });
      const run = await runBundle(
        {
          environment: 'staging',
          'api-url': `${api.url}/api/v1`,
          'api-key': 'mk_test_dripKey0123456789abcdefgh',
          checks: 'config,api,credits',
          'pr-comment': 'false',
          'timeout-seconds': '15'
        },
        {},
        { timeoutMs: 25_000 }
      );
      expect(run.code).toBe(1);
      const credits = (run.report as { checks: { id: string; summary: string }[] }).checks.find((c) => c.id === 'credits')!;
      expect(credits.summary).not.toContain('not HTTP');
    },
    30_000
  );
});
