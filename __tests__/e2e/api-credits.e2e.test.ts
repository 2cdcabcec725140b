/** The built bundle under Node 24 against the local double over HTTPS, as a runner would run it. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { expectNoSecrets, runBundle } from '../helpers/run-bundle.js';

let double: Double;
let caFile: string;

beforeAll(async () => {
  double = await startDouble({ https: true });
  caFile = join(mkdtempSync(join(tmpdir(), 'gate-ca-')), 'ca.pem');
  writeFileSync(caFile, double.ca!);
});
afterAll(async () => {
  await double.close();
});

const production = (extra: Record<string, string> = {}) => ({
  checks: 'config,api,credits',
  'api-url': double.url,
  'api-key': double.keys.live,
  ...extra
});

describe('bundle: api and credits against the double', () => {
  it('passes a healthy production deploy and sets the measured outputs', async () => {
    double.clearFaults();
    double.state.live.credits = 500;
    const run = await runBundle(production(), { NODE_EXTRA_CA_CERTS: caFile });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs.credits).toBe('500');
    expect(run.outputs['api-latency-ms']).toMatch(/^\d+$/);
    const api = (run.report!.checks as { id: string; data: { samplesMs: number[] } }[]).find((c) => c.id === 'api')!;
    expect(api.data.samplesMs).toHaveLength(3);
    expect(run.summary).toMatch(/\| API reachability \| ✅ Pass \|/);
    expectNoSecrets(run.allText, [double.keys.live]);
  });

  it('blocks on low credits and says how many are left', async () => {
    double.clearFaults();
    double.state.live.credits = 30;
    const run = await runBundle(production(), { NODE_EXTRA_CA_CERTS: caFile });
    expect(run.code).toBe(1);
    expect(run.outputs['failed-checks']).toBe('credits');
    expect(run.outputs.credits).toBe('30');
    expect(run.summary).toContain('30 credits available, minimum 50');
    expect(run.stdout).toContain('::error title=Credit balance (credits)::');
  });

  it('fails closed on an untrusted certificate, naming it', async () => {
    const run = await runBundle(production({ retries: '0' }));
    expect(run.code).toBe(1);
    expect(run.outputs['failed-checks']).toBe('api,credits');
    expect(run.outputs['api-latency-ms']).toBe('');
    expect(run.summary).toMatch(/TLS certificate/);
  });

  it('escapes a hostile error message from the server in the summary', async () => {
    double.setFaults({
      respondWith: {
        status: 401,
        body: { error: { code: 'INVALID_API_KEY', message: '<img src=x onerror=alert(1)> | [click](https://evil.example) **now**' } }
      }
    });
    const run = await runBundle(production({ retries: '0' }), { NODE_EXTRA_CA_CERTS: caFile });
    double.clearFaults();
    expect(run.code).toBe(1);
    // Every special character arrives backslash-escaped: no tag, link or emphasis survives.
    expect(run.summary).not.toMatch(/(?<!\\)<img/);
    expect(run.summary).not.toMatch(/(?<!\\)\]\(https/);
    expect(run.summary).not.toMatch(/(?<!\\)\*\*now/);
    expect(run.summary).toContain('\\<img');
    for (const line of run.summary.split('\n').filter((l) => l.startsWith('| API reachability'))) {
      expect(line.split(/(?<!\\)\|/).length).toBe(7);
    }
  });

  it('stops a hanging API at timeout-seconds and exits within the deadline plus 2 s', async () => {
    double.setFaults({ hang: true });
    const run = await runBundle(production({ 'timeout-seconds': '1.5', 'latency-fail-ms': '5000' }), { NODE_EXTRA_CA_CERTS: caFile });
    double.clearFaults();
    expect(run.code).toBe(1);
    expect(run.durationMs).toBeLessThan(3500);
    expect(run.summary).toMatch(/did not finish within 1\.5 s|did not answer within/);
    expect(run.outputs.result).toBe('fail');
  });
});
