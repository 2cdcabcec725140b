import { describe, it, expect } from '@jest/globals';
import { buildReport, reportAnnotations, reportOutputs } from '../../src/report/run-report.js';
import { checkResult, report } from '../helpers/results.js';

const OUTPUT_NAMES = ['result', 'failed-checks', 'warned-checks', 'credits', 'api-latency-ms', 'webhook-latency-ms', 'report-path'];

describe('buildReport', () => {
  it('when built then it has the contract shape: version 1, mode, environment, result, startedAt, durationMs, checks', () => {
    const r = buildReport({
      mode: 'preflight',
      environment: 'production',
      failOn: 'failure',
      startedAt: new Date('2026-11-29T10:00:00.000Z'),
      durationMs: 811.6,
      checks: [checkResult('credits', 'fail', '30 credits available, minimum 50', { durationMs: 120, hints: ['Buy credits'], data: { availableCredits: 30 } })]
    });
    const json = JSON.parse(JSON.stringify(r));
    expect(json).toMatchObject({
      version: 1,
      mode: 'preflight',
      environment: 'production',
      result: 'fail',
      startedAt: '2026-11-29T10:00:00.000Z',
      durationMs: 812,
      checks: [
        { id: 'credits', status: 'fail', summary: '30 credits available, minimum 50', durationMs: 120, hints: ['Buy credits'], data: { availableCredits: 30 } }
      ]
    });
  });

  it.each<[string, ('pass' | 'warn' | 'fail' | 'skip')[], 'failure' | 'warning', string, boolean]>([
    ['all pass', ['pass', 'pass'], 'failure', 'pass', false],
    ['a warning, fail-on failure', ['pass', 'warn'], 'failure', 'warn', false],
    ['a warning, fail-on warning', ['pass', 'warn'], 'warning', 'warn', true],
    ['a failure, fail-on failure', ['fail', 'warn'], 'failure', 'fail', true],
    ['a failure, fail-on warning', ['fail'], 'warning', 'fail', true],
    ['only skips', ['skip', 'skip'], 'warning', 'pass', false]
  ])('when %s then result and blocked follow', (_label, statuses, failOn, result, blocked) => {
    const r = report(
      statuses.map((s, i) => checkResult(`c${i}`, s, s)),
      { failOn }
    );
    expect(r.result).toBe(result);
    expect(r.blocked).toBe(blocked);
  });
});

describe('reportOutputs', () => {
  it('when checks failed and warned then the outputs list their ids, comma-separated, in order', () => {
    const r = report([
      checkResult('config', 'fail', 'x'),
      checkResult('api', 'warn', 'x'),
      checkResult('webhook', 'fail', 'x'),
      checkResult('credits', 'warn', 'x')
    ]);
    expect(reportOutputs(r, '/tmp/r.json')).toEqual({
      result: 'fail',
      'failed-checks': 'config,webhook',
      'warned-checks': 'api,credits',
      credits: '',
      'api-latency-ms': '',
      'webhook-latency-ms': '',
      'report-path': '/tmp/r.json'
    });
  });

  it('when nothing failed or warned then every output is still set, the lists empty', () => {
    const outputs = reportOutputs(report([checkResult('config', 'pass', 'ok')]), '');
    expect(Object.keys(outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    expect(outputs['failed-checks']).toBe('');
    expect(outputs['warned-checks']).toBe('');
    expect(outputs.result).toBe('pass');
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, string, string]>([
    ['both were measured', { availableCredits: 30 }, { slowestMs: 245 }, '30', '245'],
    ['zero credits were read', { availableCredits: 0 }, { slowestMs: 0 }, '0', '0'],
    ['nothing was measured', {}, {}, '', ''],
    ['the values are not numbers', { availableCredits: '30' }, { slowestMs: null }, '', ''],
    ['the values are not finite', { availableCredits: Number.NaN }, { slowestMs: Number.POSITIVE_INFINITY }, '', '']
  ])('when %s then credits and api-latency-ms follow', (_label, creditsData, apiData, credits, latency) => {
    const r = report([checkResult('api', 'pass', 'ok', { data: apiData }), checkResult('credits', 'pass', 'ok', { data: creditsData })]);
    const outputs = reportOutputs(r, '/x');
    expect(outputs.credits).toBe(credits);
    expect(outputs['api-latency-ms']).toBe(latency);
  });

  it('when the credits and api checks were skipped then their outputs are empty', () => {
    const r = report([checkResult('api', 'skip', 'not selected'), checkResult('credits', 'skip', 'not selected')]);
    const outputs = reportOutputs(r, '/x');
    expect(outputs.credits).toBe('');
    expect(outputs['api-latency-ms']).toBe('');
  });
});

describe('reportAnnotations', () => {
  it('when checks fail and warn then there is an error per failure and a warning per warning, titled by name and id', () => {
    const r = report([
      checkResult('config', 'fail', 'TEST key in production', { title: 'Configuration', hints: ['Use the live key', 'Re-run'] }),
      checkResult('api', 'warn', 'slow answers', { title: 'API reachability', hints: ['Check latency'] }),
      checkResult('webhook', 'pass', 'fine', { title: 'Webhook round trip', hints: ['ignored'] }),
      checkResult('credits', 'skip', 'not selected', { title: 'Credit balance' })
    ]);
    expect(reportAnnotations(r)).toEqual([
      { level: 'error', title: 'Configuration (config)', message: 'TEST key in production\nUse the live key\nRe-run' },
      { level: 'warning', title: 'API reachability (api)', message: 'slow answers\nCheck latency' }
    ]);
  });

  it('when every check passed or was skipped then there is no annotation', () => {
    expect(reportAnnotations(report([checkResult('config', 'pass', 'ok'), checkResult('api', 'skip', 'no')]))).toEqual([]);
  });

  it('when a failure has no hint then the message is its summary alone', () => {
    const [a] = reportAnnotations(report([checkResult('config', 'fail', 'broken', { title: 'Configuration' })]));
    expect(a).toEqual({ level: 'error', title: 'Configuration (config)', message: 'broken' });
  });
});
