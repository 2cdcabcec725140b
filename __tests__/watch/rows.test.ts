/** The watch's verdict as summary rows: pure, so each wording is a table row. */
import { describe, expect, it } from '@jest/globals';
import type { Assessment } from '../../src/watch/criteria.js';
import { criteriaRows, misdirectedRows, stoppedRows, visibilityRow } from '../../src/watch/rows.js';
import type { Sample } from '../../src/watch/sample.js';
import { settingsFrom } from '../helpers/settings.js';

const watch = settingsFrom({ mode: 'watch', 'max-credits-per-hour': '100' }).watch;
const assessment = (extra: Partial<Assessment> = {}): Assessment => ({
  errors: { api: { failed: 0, total: 4, rate: 0, judged: true } },
  latency: { count: 3, slowestMs: 120, p95Ms: 110, judged: true },
  burnPerHour: 12,
  silenceMs: null,
  blindStreak: 0,
  breaches: [],
  ...extra
});
const sample = (index: number, probes: Sample['probes']): Sample => ({ index, atMs: index * 30_000, probes });
const byId = (rows: { id: string; status: string; summary: string }[], id: string) => rows.find((r) => r.id === id)!;

describe('criteriaRows', () => {
  it('says a balance that rose is refunds or a top-up, not a negative burn', () => {
    const rows = criteriaRows(assessment({ burnPerHour: -30 }), watch, 'completed', undefined);
    expect(byId(rows, 'credits-burn').summary).toBe('balance rose by 30 credits per hour (refunds or a top-up), limit 100');
  });

  it('turns a breached criterion into a failing row that says roll back', () => {
    const rows = criteriaRows(assessment({ breaches: [{ criterion: 'latency', reason: 'p95 response time 2500 ms' }] }), watch, 'breach', undefined);
    expect(byId(rows, 'latency')).toMatchObject({ status: 'fail', summary: 'p95 response time 2500 ms: roll back' });
    expect(byId(rows, 'error-rate').status).toBe('pass');
  });

  it('never passes a criterion it could not measure', () => {
    const rows = criteriaRows(null, watch, 'blind', undefined);
    expect(byId(rows, 'error-rate').status).toBe('fail');
    expect(byId(rows, 'latency').status).toBe('fail');
  });
});

describe('visibility, redirects and early stops', () => {
  const blind = sample(2, [{ name: 'api', measured: false, ok: false, error: 'refused' }]);
  it('counts intervals with no answer at all, and fails when the watch went blind', () => {
    const seen = [sample(0, [{ name: 'api', measured: true, ok: true, latencyMs: 10 }]), blind];
    expect(visibilityRow(seen, 'completed').summary).toBe('2 intervals measured, 1 with no answer at all');
    expect(visibilityRow([blind, blind, blind], 'blind').status).toBe('fail');
  });

  it('names the URL to give when a health URL redirects', () => {
    const rows = misdirectedRows([sample(0, [{ name: 'health', measured: true, ok: false, status: 301, redirect: 'https://app.example/health/' }])]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.summary).toBe('health-url answers 301 with a redirect to https://app.example/health/: nothing was watched there');
    expect(misdirectedRows([blind])).toEqual([]);
  });

  it('names api-url and the base URL to give when the API redirects, and judges nothing it hid', () => {
    const moved = sample(0, [
      { name: 'api', measured: true, ok: false, status: 308, redirect: 'https://api.moved.example/api/v1/appointments', error: '308 redirect' }
    ]);
    const rows = misdirectedRows([moved]);
    expect(rows.map((r) => [r.id, r.status, r.summary])).toEqual([
      ['api-url', 'fail', 'api-url answers 308 with a redirect to https://api.moved.example/api/v1/appointments: nothing was watched there']
    ]);
    expect(rows[0]!.hints[0]).toBe(
      'Give api-url as the API base URL it points to (https://api.moved.example/api/v1/appointments without the api-probe-path); its answers were not counted as production errors, and this is no reason to roll back.'
    );
    const judged = criteriaRows(
      assessment({ errors: {}, latency: { count: 0, slowestMs: null, p95Ms: null, judged: false } }),
      watch,
      'misdirected',
      undefined
    );
    expect([byId(judged, 'error-rate').status, byId(judged, 'latency').status]).toEqual(['skip', 'skip']);
  });

  it('says how far a stopped watch got, and nothing for one that ran its course', () => {
    expect(stoppedRows([sample(0, []), sample(1, [])], 'cancelled', 10, 31_000)[0]!.summary).toBe('the job was cancelled after 0.5 of 10 min');
    expect(stoppedRows([sample(0, [])], 'completed', 10, 1_000)).toEqual([]);
  });
});
