/**
 * Hostile case: a health URL answering a redirect whose Location is not a URL must not crash
 * the watch: the summary and every output are still written.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { runBundle } from '../helpers/run-bundle.js';

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

describe('hostile: watch with a malformed redirect', () => {
  it('a health URL redirecting to an unparsable Location still ends with a summary and every output set', async () => {
    double = await startDouble();
    server = createServer((_req, res) => {
      res.writeHead(302, { location: 'http://[not-a-host' });
      res.end();
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const run = await runBundle({
      mode: 'watch',
      environment: 'staging',
      'api-url': double.url,
      'api-key': double.keys.test,
      'health-url': `http://127.0.0.1:${port}/health`,
      'watch-minutes': '0.05',
      'watch-interval-seconds': '1',
      'pr-comment': 'false'
    });
    expect(run.stdout).not.toContain('stopped unexpectedly');
    expect(run.summary).toContain('MONCRENEAU deploy gate');
    expect(run.outputs.rollback).toBe('false');
    expect(run.outputs.result).toBe('fail');
  });
});
