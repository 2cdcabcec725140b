/** Smoke and watch inputs: each bad value one exact line, and the deadlines each mode gets. */
import { describe, expect, it } from '@jest/globals';
import { readInputs } from '../../src/settings/inputs.js';
import { parseSettings, type Settings } from '../../src/settings/settings.js';
import { inputEnv } from '../helpers/inputs.js';

const parse = (inputs: Record<string, string>) => parseSettings(readInputs(inputEnv(inputs)));
const errorsOf = (inputs: Record<string, string>) => {
  const r = parse(inputs);
  return r.ok ? [] : r.errors;
};
const settingsOf = (inputs: Record<string, string>): Settings => {
  const r = parse(inputs);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.settings;
};

describe('smoke inputs', () => {
  it.each([
    [{ mode: 'smoke' }, 'department-id: is required in smoke mode: the id of the department the test appointment is booked in'],
    [{ mode: 'smoke', 'department-id': '0' }, 'department-id: "0" is not a whole number >= 1'],
    [
      { 'appointment-datetime': '2026-02-30T10:00:00' },
      'appointment-datetime: "2026-02-30T10:00:00" is not a local date and time such as 2026-02-15T10:00:00 (no zone)'
    ],
    [
      { 'appointment-datetime': '2026-02-15T10:00:00Z' },
      'appointment-datetime: "2026-02-15T10:00:00Z" is not a local date and time such as 2026-02-15T10:00:00 (no zone)'
    ],
    [
      { 'webhook-confirm-url': 'https://app.example/confirm/{appointmentId}' },
      'webhook-confirm-url: must contain both {appointmentId} and {event}, e.g. https://app.example/moncreneau/confirm/{appointmentId}/{event}'
    ],
    [
      { 'webhook-confirm-url': 'https://app.example/{appointmentId}/{event}/{tenant}' },
      'webhook-confirm-url: has the unknown placeholder {tenant}; use {appointmentId} and {event}'
    ],
    [{ 'webhook-confirm-url': 'app.example/{appointmentId}/{event}' }, 'webhook-confirm-url: is not an absolute http(s) URL template'],
    [{ 'webhook-wait-seconds': '0' }, 'webhook-wait-seconds: "0" is not a number greater than 0 and at most 3600']
  ])('%j -> %s', (inputs, line) => {
    expect(errorsOf(inputs)).toEqual([line]);
  });

  it('keeps a given date and time, adding seconds when left out', () => {
    expect(settingsOf({ 'appointment-datetime': '2026-03-01T09:30' }).smoke.appointmentDateTime).toBe('2026-03-01T09:30:00');
    expect(settingsOf({}).smoke.appointmentDateTime).toBeNull();
  });
});

describe('watch inputs', () => {
  it.each([
    [{ 'max-error-rate': '10%' }, 'max-error-rate: "10%" is not a rate between 0 and 1, such as 0.1'],
    [{ 'max-error-rate': '1.5' }, 'max-error-rate: "1.5" is not a rate between 0 and 1, such as 0.1'],
    [{ 'watch-interval-seconds': '-1' }, 'watch-interval-seconds: "-1" is not a number greater than 0.05 and at most 3600'],
    [{ 'health-url': 'not a url' }, 'health-url: is not an absolute http(s) URL'],
    [{ 'webhook-heartbeat-url': 'https://{{APP_URL}}/heartbeat' }, 'webhook-heartbeat-url: still contains a placeholder in braces'],
    [{ 'max-credits-per-hour': 'lots' }, 'max-credits-per-hour: "lots" is not a whole number >= 0'],
    [
      { mode: 'watch', 'watch-minutes': '10', 'timeout-seconds': '120' },
      'timeout-seconds: 120 is shorter than watch-minutes (10 min); give at least 660, or leave it unset in watch mode'
    ]
  ])('%j -> %s', (inputs, line) => {
    expect(errorsOf(inputs)).toEqual([line]);
  });

  it('accepts sub-second intervals and fractional minutes, so tests can compress time', () => {
    const { watch } = settingsOf({ mode: 'watch', 'watch-minutes': '0.5', 'watch-interval-seconds': '0.2', 'max-error-rate': '0.05' });
    expect(watch).toMatchObject({ minutes: 0.5, intervalSeconds: 0.2, maxErrorRate: 0.05, maxCreditsPerHour: null, healthUrl: '' });
  });
});

describe('the deadline each mode gets', () => {
  it.each([
    [{ mode: 'preflight' }, 120],
    [{ mode: 'watch' }, 660],
    [{ mode: 'watch', 'watch-minutes': '0.5' }, 120],
    [{ mode: 'watch', 'watch-minutes': '30', 'timeout-seconds': '' }, 1860],
    // Smoke waits for webhooks only with a confirmation URL; then two waits, its requests and the cleanup reserve.
    [{ mode: 'smoke', 'department-id': '1' }, 120],
    [{ mode: 'smoke', 'department-id': '1', 'webhook-confirm-url': 'https://app.example/c/{appointmentId}/{event}' }, 2 * 60 + 8 * 10 + 15],
    [{ mode: 'smoke', 'department-id': '1', 'webhook-confirm-url': 'https://app.example/c/{appointmentId}/{event}', 'webhook-wait-seconds': '5' }, 120],
    [{ mode: 'preflight', 'timeout-seconds': '' }, 120],
    [{ mode: 'smoke', 'department-id': '1', 'timeout-seconds': '30' }, 30],
    [{ mode: 'watch', 'watch-minutes': '1', 'timeout-seconds': '90' }, 90]
  ])('%j -> %i s', (inputs, seconds) => {
    expect(settingsOf(inputs).timeoutSeconds).toBe(seconds);
  });
});

describe('secrets too short to be real', () => {
  it.each(['api-key', 'webhook-secret'])('%s shorter than 12 characters is refused without echoing it', (name) => {
    const errors = errorsOf({ [name]: 'pass' });
    expect(errors).toEqual([`${name}: is too short to be a real secret (fewer than 12 characters); check that the right secret is passed`]);
    expect(errors.join('')).not.toMatch(/"pass"/);
  });
});

describe('github-token', () => {
  it('is not refused by the settings: only the comment that uses it checks it', () => {
    expect(errorsOf({ 'github-token': 'pass' })).toEqual([]);
  });
});

describe('rules across inputs', () => {
  it('are reported in the same run as errors of single inputs', () => {
    expect(errorsOf({ mode: 'smoke', 'min-credits': 'abc', 'latency-warn-ms': '3000' })).toEqual([
      'min-credits: "abc" is not a whole number >= 0',
      'latency-warn-ms: 3000 is above latency-fail-ms (2000); it must be at most latency-fail-ms',
      'department-id: is required in smoke mode: the id of the department the test appointment is booked in'
    ]);
  });

  it('refuse a smoke deadline too short to cancel what was booked', () => {
    expect(errorsOf({ mode: 'smoke', 'department-id': '1', 'timeout-seconds': '2' })).toEqual([
      'timeout-seconds: 2 is too short for smoke mode; give at least 10, so the test appointment always has time to be cancelled'
    ]);
  });
});

describe('unknown check names', () => {
  it('are named as the user wrote them, so they can be found in the workflow', () => {
    expect(errorsOf({ checks: 'config, Credit,API' })).toEqual(['checks: unknown check "Credit"; accepted: config, api, webhook, credits']);
  });
});

describe('a deadline shorter than the webhook check can take', () => {
  it('is refused when the webhook check is selected, and only then', () => {
    expect(errorsOf({ 'timeout-seconds': '3' })).toEqual([
      'timeout-seconds: 3 is shorter than webhook-timeout-ms (5000 ms); the webhook check could never finish'
    ]);
    expect(errorsOf({ 'timeout-seconds': '3', checks: 'config,api' })).toEqual([]);
  });
});
