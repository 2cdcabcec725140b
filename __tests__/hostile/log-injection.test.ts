/**
 * Hostile case: the runner reads any stdout line starting with "::" as a workflow command, so
 * an API error message with line breaks must never reach the log as more than one line.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '../helpers/run-bundle.js';
import { hostile, json, type Hostile } from './servers.js';

let server: Hostile | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('hostile: workflow commands from a server', () => {
  it('never lets an API error message start a workflow command line in the log', async () => {
    const message = 'bad key\n::add-mask::fail\n::warning title=injected::the server wrote this\n::set-output name=result::pass\n::stop-commands::tok123';
    server = await hostile((_req, res) => json(res, 401, { error: { code: 'INVALID_API_KEY', message } }));
    const run = await runBundle({ environment: 'staging', 'api-url': `${server.url}/api/v1`, 'api-key': 'mk_test_adversarialKey0123456789', checks: 'api', 'pr-comment': 'false' });
    expect(run.code).toBe(1);
    const injected = run.stdout
      .split(/\r?\n/)
      .map((line) => line.trimStart())
      .filter((line) => /^::(add-mask::fail|warning title=injected|set-output|stop-commands)/.test(line));
    expect(injected).toEqual([]);
  });
});
