import { describe, expect, it } from '@jest/globals';
import { eventFixture, EVENT_TYPES } from '../../src/cli/event-fixtures.js';
import { parseSetValue, setField } from '../../src/cli/set-path.js';
import { UsageError } from '../../src/cli/exit-codes.js';

const NOW = new Date('2026-01-21T14:30:00.456Z');

describe('event fixtures', () => {
  it('cover every documented type', () => {
    expect(EVENT_TYPES).toEqual(['appointment.created', 'appointment.updated', 'appointment.cancelled', 'appointment.confirmed', 'appointment.validated']);
  });

  it.each(EVENT_TYPES)('%s has the documented shape', (type) => {
    const event = eventFixture(type, 'evt_1', NOW);
    expect(event).toMatchObject({ id: 'evt_1', type, created: '2026-01-21T14:30:00Z' });
    expect(event.data).toEqual({
      object: expect.objectContaining({
        id: 12345,
        departmentId: 5,
        dateTime: '2026-01-24T14:30:00',
        name: expect.any(String),
        qrCode: expect.any(String),
        creditsUsed: 1
      })
    });
  });

  it('a cancellation adds cancelledAt, cancelReason and creditsRefunded', () => {
    expect(eventFixture('appointment.cancelled', 'evt_1', NOW).data).toEqual({
      object: expect.objectContaining({ status: 'CANCELLED', cancelledAt: '2026-01-21T14:30:00Z', cancelReason: expect.any(String), creditsRefunded: 1 })
    });
    expect((eventFixture('appointment.created', 'evt_1', NOW).data as { object: object }).object).not.toHaveProperty('cancelledAt');
  });
});

describe('--set', () => {
  const event = eventFixture('appointment.created', 'evt_1', NOW);

  it.each([
    ['42', 42],
    ['"42"', '42'],
    ['true', true],
    ['null', null],
    ['{"a":[1]}', { a: [1] }],
    ['SCHEDULED', 'SCHEDULED'],
    ['', ''],
    ['a=b', 'a=b']
  ])('reads %j as %j', (text, value) => {
    expect(parseSetValue(text)).toEqual(value);
  });

  it('sets a nested field on a copy, creating missing parents', () => {
    const changed = setField(setField(event, 'data.object.id=42'), 'data.extra.note=hi=there');
    expect(changed.data).toMatchObject({ object: { id: 42 }, extra: { note: 'hi=there' } });
    expect((event.data as { object: { id: number } }).object.id).toBe(12345);
  });

  it.each([
    ['no =', 'data.object.id', /expected <path>=<value>/],
    ['an empty path', '=1', /expected <path>=<value>/],
    ['an empty segment', 'data..id=1', /not a field path/],
    ['a prototype key', '__proto__.polluted=1', /not a field path/],
    ['constructor', 'data.constructor.prototype=1', /not a field path/],
    ['through a text', 'type.x=1', /type is not an object/],
    ['through an array', 'data.object=[1]', null]
  ])('refuses %s', (_, assignment, message) => {
    if (message === null) return void expect(() => setField(event, assignment)).not.toThrow();
    expect(() => setField(event, assignment)).toThrow(UsageError);
    expect(() => setField(event, assignment)).toThrow(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
