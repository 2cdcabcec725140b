/** Watch mode's pure configuration: the quota warning for short intervals and the limits the criteria judge by. */
import { describe, expect, it } from '@jest/globals';
import { limitsFor, quotaFinding } from '../../src/modes/watch.js';
import { settingsFrom } from '../helpers/settings.js';

const LIVE = 'mk_live_9fQ2xZ7pLw3RtY8uV1bN';
const HINT = 'Raise watch-interval-seconds (30 s makes 240 requests an hour): the application shares this key’s quota and could be throttled.';

describe('quotaFinding', () => {
  it.each([
    // 2 requests per interval: 7200 / interval an hour; warned above half the 1000/hour quota.
    ['30 s (240 an hour)', 30],
    ['15 s (480 an hour)', 15],
    ['14.4 s (exactly 500 an hour, half the quota)', 14.4],
    ['an hour (2 an hour)', 3600]
  ])('when the interval is %s then there is no finding', (_label, seconds) => {
    expect(quotaFinding(seconds)).toEqual([]);
  });

  it.each([
    [14, 514],
    [1, 7200],
    [0.1, 72000],
    [0.05, 144000]
  ])('when the interval is %d s then it warns of about %i requests an hour', (seconds, perHour) => {
    expect(quotaFinding(seconds)).toEqual([
      {
        status: 'warn',
        text: `watch-interval-seconds ${seconds} makes about ${perHour} API requests an hour with this key (default quota 1000)`,
        hint: HINT
      }
    ]);
  });
});

describe('limitsFor', () => {
  const watch = (inputs: Record<string, string> = {}) => settingsFrom({ mode: 'watch', environment: 'production', 'api-key': LIVE, ...inputs }).watch;

  it('when the defaults are used and there is no heartbeat URL then webhook silence has no limit', () => {
    expect(limitsFor(watch())).toEqual({
      maxErrorRate: 0.1,
      errorWindowMs: 300_000,
      rollbackLatencyMs: 2000,
      maxCreditsPerHour: null,
      maxSilenceMs: null
    });
  });

  it('when a heartbeat URL is given then the silence limit is its minutes in milliseconds', () => {
    expect(limitsFor(watch({ 'webhook-heartbeat-url': 'https://app.example/heartbeat', 'max-webhook-silence-minutes': '10' })).maxSilenceMs).toBe(600_000);
  });

  it('when max-webhook-silence-minutes is set without a heartbeat URL then it is still not judged', () => {
    expect(limitsFor(watch({ 'max-webhook-silence-minutes': '3' })).maxSilenceMs).toBeNull();
  });

  it('when every limit is set then each is carried over, minutes turned into milliseconds', () => {
    const limits = limitsFor(
      watch({
        'max-error-rate': '0.05',
        'error-window-minutes': '2.5',
        'rollback-latency-ms': '1500',
        'max-credits-per-hour': '50',
        'webhook-heartbeat-url': 'https://app.example/heartbeat',
        'max-webhook-silence-minutes': '0.5'
      })
    );
    expect(limits).toEqual({ maxErrorRate: 0.05, errorWindowMs: 150_000, rollbackLatencyMs: 1500, maxCreditsPerHour: 50, maxSilenceMs: 30_000 });
  });
});
