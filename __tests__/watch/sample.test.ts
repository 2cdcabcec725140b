/** Reading the application's heartbeat (`lastReceivedAt`) as milliseconds of webhook silence, with a fixed clock. */
import { describe, expect, it } from '@jest/globals';
import { NO_ZONE, silenceFrom } from '../../src/watch/sample.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const body = (value: unknown) => Buffer.from(JSON.stringify({ lastReceivedAt: value }));

const NOT_ISO = 'no ISO 8601 lastReceivedAt in the answer';
const FUTURE = 'lastReceivedAt is in the future (wrong clock or time zone)';
const NOT_JSON = 'the answer is not JSON';

describe('silenceFrom', () => {
  it.each<[string, string, number]>([
    ['UTC with Z, 2 min ago', '2026-03-01T11:58:00Z', 120_000],
    ['UTC with Z and milliseconds', '2026-03-01T11:58:00.500Z', 119_500],
    ['an offset +02:00 (same instant as 11:58Z)', '2026-03-01T13:58:00+02:00', 120_000],
    ['an offset -05:00 (same instant as 11:50Z)', '2026-03-01T06:50:00-05:00', 600_000],
    ['an offset without a colon, +0200', '2026-03-01T13:58:00+0200', 120_000],
    ['no seconds', '2026-03-01T11:58Z', 120_000],
    ['a lower-case offset-free time in UTC with nanoseconds', '2026-03-01T11:58:00.000000001Z', 120_000],
    ['exactly now', '2026-03-01T12:00:00Z', 0],
    ['an hour ago', '2026-03-01T11:00:00Z', 3_600_000],
    ['1 min in the future, within the clock tolerance', '2026-03-01T12:01:00Z', 0],
    ['exactly 2 min in the future, the edge of the tolerance', '2026-03-01T12:02:00Z', 0]
  ])('when lastReceivedAt is %s (%s) then the silence is %i ms', (_label, value, expected) => {
    expect(silenceFrom(body(value), NOW)).toBe(expected);
  });

  it.each<[string, Buffer | undefined, string]>([
    [
      'February 30, which Date.parse reads as March 2',
      body('2026-02-30T11:58:00Z'),
      'lastReceivedAt is not a real date and time (a day or hour past its end, such as February 30 or 24:00)'
    ],
    [
      '24:00, which Date.parse reads as the next day',
      body('2026-02-28T24:00Z'),
      'lastReceivedAt is not a real date and time (a day or hour past its end, such as February 30 or 24:00)'
    ],
    ['more than 2 min in the future', body('2026-03-01T12:02:00.001Z'), FUTURE],
    ['tomorrow', body('2026-03-02T12:00:00Z'), FUTURE],
    ['"banana 2", which Date.parse would read as 2001', body('banana 2'), NOT_ISO],
    ['"1"', body('1'), NOT_ISO],
    ['the number 1', body(1), NOT_ISO],
    ['an epoch in milliseconds', body(NOW.getTime()), NOT_ISO],
    ['a date with no time', body('2026-03-01'), NOT_ISO],
    ['an HTTP date', body('Sun, 01 Mar 2026 11:58:00 GMT'), NOT_ISO],
    ['an ISO shape with impossible values', body('2026-13-45T99:99:00Z'), NOT_ISO],
    ['null', body(null), NOT_ISO],
    // Never read in the runner's zone: the silence would be off by the zone's hours, unseen.
    ['a local time with no zone', body('2026-03-01T11:58:00'), NO_ZONE],
    ['a local time with no zone and no seconds', body('2026-03-01T11:58'), NO_ZONE],
    ['a local time with no zone and milliseconds', body('2026-03-01T11:58:00.250'), NO_ZONE],
    ['missing', Buffer.from('{"ok":true}'), NOT_ISO],
    ['a JSON array', Buffer.from('[]'), NOT_ISO],
    ['an HTML page instead of JSON', Buffer.from('<html><body>Bad gateway</body></html>'), NOT_JSON],
    ['an empty body', Buffer.from(''), NOT_JSON],
    ['no body at all', undefined, NOT_JSON]
  ])('when lastReceivedAt is %s then it says so', (_label, answer, expected) => {
    expect(silenceFrom(answer, NOW)).toBe(expected);
  });

  // `null` is valid JSON: the heartbeat answered JSON without the field, not something else than JSON.
  it('when the answer is the JSON value null then it is JSON without lastReceivedAt', () => {
    expect(silenceFrom(Buffer.from('null'), NOW)).toBe(NOT_ISO);
  });
});
