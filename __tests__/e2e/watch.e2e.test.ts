/** Watch mode through the built bundle under Node 24: the outputs a rollback step reads. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { runBundle, startBundle } from '../helpers/run-bundle.js';

let double: Double;
beforeAll(async () => {
  double = await startDouble();
});
afterAll(async () => {
  await double.close();
});

const inputs = (extra: Record<string, string> = {}) => ({
  mode: 'watch',
  environment: 'staging',
  'api-url': double.url,
  'api-key': double.keys.test,
  'watch-minutes': '0.01',
  'watch-interval-seconds': '0.1',
  'error-window-minutes': '0.005',
  ...extra
});

describe('bundle: watch mode', () => {
  it('ends with rollback=false, a timeline and charts when production is healthy', async () => {
    double.clearFaults();
    const run = await runBundle(inputs());
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'warn', rollback: 'false', 'rollback-reasons': '' });
    expect(run.stdout).toMatch(/^\[0:00\/0:01\] error rate API 0\.0% \(0\/2\) in window, slowest \d+ ms, credits 500$/m);
    // Interval lines folded in the runner's groups, each closed; the state said outside them.
    expect(run.stdout).toMatch(/^::group::Intervals 1–\d+ of \d+ \(from 0:00 of 0:01\)$/m);
    expect(run.stdout.match(/^::group::/gm)?.length).toBe(run.stdout.match(/^::endgroup::$/gm)?.length);
    expect(run.stdout).toMatch(/^::endgroup::\nWatch starts at 0:00: healthy, /m);
    expect(run.stdout).toMatch(/^Watch ended after \d+ intervals: the watch ran its course$/m);
    expect(run.summary).toContain('```mermaid\nxychart-beta');
    expect(run.summary).toMatch(/\| Error rate \| ✅ Pass \|/);
  });

  it('fails the job with rollback=true and one reason per line when the API errors', async () => {
    double.setFaults({ serverErrors: 100_000 });
    const run = await runBundle(inputs({ 'watch-minutes': '1' }));
    double.clearFaults();
    expect(run.code).toBe(1);
    expect(run.outputs.rollback).toBe('true');
    expect(run.outputs['rollback-reasons']).toMatch(/^API error rate 100\.0% \(\d+ of \d+ requests\)/);
    // Degraded while the window fills, then the breach; on a slow machine the first interval's own
    // probes already fill it and the watch starts in breach.
    expect(run.stdout).toMatch(/^Watch (degraded -> breach at 0:00: |starts at 0:00: breach, )API error rate 100\.0%/m);
    expect(run.outputs['failed-checks']).toContain('error-rate');
    expect(run.summary).toMatch(/^## MONCRENEAU deploy gate — staging — ❌ roll back$/m);
    expect(run.durationMs).toBeLessThan(10_000);
  });

  it.each<[string, Record<string, string>]>([
    ['the default watch-minutes (10)', {}],
    ['the README’s hour-long watch', { 'watch-minutes': '60', 'max-credits-per-hour': '200' }]
  ])('with every action.yml default passed as the runner does, %s gets past its settings and runs its course until cancelled', async (_label, extra) => {
    // The with: block of a user who set no timeout-seconds (the runner still passes every default).
    const withBlock = { mode: 'watch', environment: 'staging', 'api-url': double.url, 'api-key': double.keys.test, 'watch-interval-seconds': '0.5', ...extra };
    const { child, done } = startBundle(withBlock);
    await new Promise((r) => setTimeout(r, 2000));
    child.kill('SIGINT');
    const { code, summary } = await done;
    expect(code).toBe(1);
    expect(summary).not.toMatch(/invalid input|timeout-seconds/);
    expect(summary).toMatch(new RegExp(`the job was cancelled after 0(\\.\\d+)? of ${extra['watch-minutes'] ?? '10'} min`));
  });

  it('still writes the summary and outputs when the job is cancelled', async () => {
    const { child, done } = startBundle(inputs({ 'watch-minutes': '5' }));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    const { code, outputs, summary } = await done;
    expect(code).toBe(1);
    expect(outputs).toMatchObject({ result: 'fail', rollback: 'false', 'failed-checks': 'stopped' });
    expect(summary).toMatch(/the job was cancelled after 0(\.\d+)? of 5 min/);
  });
});
