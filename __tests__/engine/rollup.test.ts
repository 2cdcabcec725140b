import { describe, it, expect } from '@jest/globals';
import { fail, pass, skip, warn, worst, type CheckResult, type CheckStatus } from '../../src/engine/check.js';
import { blocksPromotion, idsWithStatus, rollUp, type RunResult } from '../../src/engine/rollup.js';

const result = (id: string, status: CheckStatus): CheckResult => {
  const make = { pass, warn, fail, skip }[status];
  return { id, title: id, durationMs: 1, ...make(`${id} ${status}`) };
};
const results = (statuses: CheckStatus[]) => statuses.map((s, i) => result(`c${i}`, s));

describe('rollUp', () => {
  it.each<[CheckStatus[], RunResult]>([
    [['pass', 'pass'], 'pass'],
    [['pass', 'fail'], 'fail'],
    [['fail', 'warn', 'pass'], 'fail'],
    [['warn', 'fail'], 'fail'],
    [['skip', 'fail'], 'fail'],
    [['pass', 'warn'], 'warn'],
    [['warn', 'skip'], 'warn'],
    [['warn', 'warn'], 'warn'],
    [['pass', 'skip'], 'pass'],
    [['skip', 'skip'], 'pass'],
    [['skip'], 'pass'],
    [['fail'], 'fail']
  ])('when the checks are %j then the run is %s', (statuses, expected) => {
    expect(rollUp(results(statuses))).toBe(expected);
  });
});

describe('blocksPromotion', () => {
  it.each<[RunResult, 'failure' | 'warning', boolean]>([
    ['pass', 'failure', false],
    ['pass', 'warning', false],
    ['warn', 'failure', false],
    ['warn', 'warning', true],
    ['fail', 'failure', true],
    ['fail', 'warning', true]
  ])('when the result is %s and fail-on is %s then blocking is %s', (run, failOn, blocked) => {
    expect(blocksPromotion(run, failOn)).toBe(blocked);
  });
});

describe('idsWithStatus and worst', () => {
  it('when checks have mixed statuses then ids are listed per status in order', () => {
    const rs = [result('config', 'fail'), result('api', 'warn'), result('webhook', 'fail'), result('credits', 'pass')];
    expect(idsWithStatus(rs, 'fail')).toEqual(['config', 'webhook']);
    expect(idsWithStatus(rs, 'warn')).toEqual(['api']);
    expect(idsWithStatus(rs, 'skip')).toEqual([]);
  });

  it.each<[CheckStatus, CheckStatus, CheckStatus]>([
    ['skip', 'pass', 'pass'],
    ['pass', 'warn', 'warn'],
    ['fail', 'warn', 'fail'],
    ['warn', 'fail', 'fail'],
    ['skip', 'skip', 'skip']
  ])('when %s meets %s then the worse is %s', (a, b, w) => {
    expect(worst(a, b)).toBe(w);
    expect(worst(b, a)).toBe(w);
  });
});
