/**
 * Hostile case: the pull request comment against a GitHub that is not GitHub (a page behind a
 * 200). The BUILT bundle under Node 24, GITHUB_API_URL pointing at a local server.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundle } from '../helpers/run-bundle.js';

let dir: string;
let eventPath: string;
let server: Server | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gate-round2-pr-'));
  eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ number: 12, pull_request: { number: 12 } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
  }
});

describe('hostile: GitHub answering 200 with an HTML page', () => {
  it('is a warning ("could not comment"), not "gate comment created"', async () => {
    // An SSO / captive proxy in front of a GitHub Enterprise API answers every call 200 text/html.
    const seen: string[] = [];
    server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      req.resume();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html><body><h1>Sign in to continue</h1></body></html>');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const run = await runBundle(
      {
        environment: 'staging',
        'api-key': 'mk_test_round2PrComment0123',
        'webhook-secret': 'whsec_round2PrComment0123',
        checks: 'config',
        'github-token': 'ghs_round2PrCommentToken012345'
      },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: url, GITHUB_RUN_ID: '7' }
    );
    expect(run.code).toBe(0); // the verdict is unchanged either way
    // The listing came back as a page: the gate stops there rather than posting a duplicate.
    expect(seen).toContain('GET /repos/acme/shop/issues/12/comments?per_page=100&page=1');
    expect(seen.filter((r) => r.startsWith('POST') || r.startsWith('PATCH'))).toEqual([]);
    expect(run.stdout).not.toMatch(/gate comment created/);
    expect(run.stdout).toMatch(/^::warning title=Pull request comment not posted::Could not comment on pull request #12/m);
  });
});
