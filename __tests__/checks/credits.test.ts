/** The credits check against the local MONCRENEAU double, and its pure verdict. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { creditsCheck, judgeCredits } from '../../src/checks/credits.js';
import { readCredits } from '../../src/domain/credits.js';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { contextFor } from '../helpers/check-context.js';

let double: Double;
beforeEach(async () => {
  double = await startDouble();
});
afterEach(async () => {
  await double.close();
});

const staging = (extra: Record<string, string> = {}) =>
  contextFor({ environment: 'staging', 'api-url': double.url, 'api-key': double.keys.test, retries: '0', ...extra });

describe('credits check', () => {
  it.each([
    [500, 'pass', '500 credits available'],
    [80, 'warn', '80 credits available, below 100'],
    [30, 'fail', '30 credits available, minimum 50']
  ] as const)('%i credits -> %s', async (credits, status, summary) => {
    double.state.test.credits = credits;
    const out = await creditsCheck.run(staging());
    expect(out.status).toBe(status);
    expect(out.summary).toContain(summary);
    expect(out.data.availableCredits).toBe(credits);
  });

  it('reads the balance of the environment the key belongs to', async () => {
    double.state.test.credits = 7;
    double.state.live.credits = 900;
    const out = await creditsCheck.run(staging({ 'min-credits': '0', 'warn-credits': '0' }));
    expect(out.data.availableCredits).toBe(7);
  });

  it('fails on a 404 and says the path and field are configurable', async () => {
    const out = await creditsCheck.run(staging({ 'credits-path': '/organisations/me' }));
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('/organisations/me: 404');
    expect(out.hints.join(' ')).toMatch(/credits-path and credits-field/);
  });

  it('fails when the field is missing and names it', async () => {
    const out = await creditsCheck.run(staging({ 'credits-field': 'balance.available' }));
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('no field balance.available');
    expect(out.hints.join(' ')).toMatch(/configurable/);
  });

  it('fails when the field is not a number and says what it is', async () => {
    double.setFaults({ paths: ['/organizations/me'], respondWith: { status: 200, body: { availableCredits: '120' } } });
    const out = await creditsCheck.run(staging());
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('the field availableCredits is the string "120", not a number');
  });

  it('fails on an HTML page behind a 200', async () => {
    double.setFaults({ htmlBody: true });
    const out = await creditsCheck.run(staging());
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('HTML page');
  });
});

describe('readCredits and judgeCredits', () => {
  it.each([
    [{ availableCredits: 3 }, 'availableCredits', { ok: true, value: 3 }],
    [{ data: { credits: 0 } }, 'data.credits', { ok: true, value: 0 }],
    [{ availableCredits: null }, 'availableCredits', { ok: false, problem: 'the field availableCredits is null, not a number' }],
    [{ availableCredits: -1 }, 'availableCredits', { ok: false, problem: 'the field availableCredits is negative (-1)' }],
    [[1, 2], 'availableCredits', { ok: false, problem: 'the answer has no field availableCredits' }],
    [{ availableCredits: [5] }, 'availableCredits', { ok: false, problem: 'the field availableCredits is a list, not a number' }]
  ])('%j at %s', (body, field, expected) => {
    expect(readCredits(body, field)).toEqual(expected);
  });

  it.each([
    [50, 'warn'],
    [49, 'fail'],
    [100, 'pass'],
    [99, 'warn']
  ] as const)('thresholds: %i -> %s', (n, status) => {
    expect(judgeCredits(n, 50, 100).status).toBe(status);
  });
});
