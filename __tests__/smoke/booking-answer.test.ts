/** What a booking's answer says, read from its raw body whatever its status. Pure. */
import { describe, expect, it } from '@jest/globals';
import { readBookingAnswer } from '../../src/smoke/booking-answer.js';

const read = (body: unknown) => readBookingAnswer(Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)));

describe('readBookingAnswer', () => {
  it.each([
    ['the documented answer', { id: 12345, status: 'SCHEDULED' }, { kind: 'booked', id: '12345' }],
    ['the Node SDK’s string id', { id: 'apt_9Xk2' }, { kind: 'booked', id: 'apt_9Xk2' }],
    ['an id beside an error object', { id: 7, error: { code: 'PARTIAL' } }, { kind: 'booked', id: '7' }],
    ['an id beside a warning', { id: 7, warning: 'late' }, { kind: 'booked', id: '7' }],
    ['an id that cannot be put in a path', { id: '../..' }, { kind: 'unusable-id', shown: '"../.."' }],
    ['an empty id', { id: '' }, { kind: 'unusable-id', shown: '""' }],
    ['an object for an id', { id: { value: 7 } }, { kind: 'unusable-id', shown: '{"value":7}' }],
    ['a negative id', { id: -3 }, { kind: 'unusable-id', shown: '-3' }],
    ['an id nested as data.id', { data: { id: 7 } }, { kind: 'maybe', where: 'data.id' }],
    ['an appointmentId deeper down', { result: { appointment: { appointmentId: 7 } } }, { kind: 'maybe', where: 'result.appointment.appointmentId' }],
    ['a list with an id', [{ id: 7 }], { kind: 'maybe', where: 'items.0.id' }],
    ['an error envelope with an id in its details', { error: { code: 'SLOT_NOT_AVAILABLE', details: { id: 99 } } }, { kind: 'silent' }],
    ['a plain error envelope', { error: { code: 'INSUFFICIENT_CREDITS', details: { required: 1, available: 0 } } }, { kind: 'silent' }],
    ['an id given twice (which one is meant is unknown)', '{"id":500,"status":"SCHEDULED","id":7}', { kind: 'unusable-id', shown: '(given twice)' }],
    ['a key given twice, the body cut short after it', '{"id":5,"id":7,', { kind: 'silent' }],
    ['a null id', { id: null }, { kind: 'silent' }],
    ['an HTML page', '<!DOCTYPE html><p>id: 7</p>', { kind: 'silent' }],
    ['an empty body', '', { kind: 'silent' }],
    ['a number', '7', { kind: 'silent' }]
  ])('%s', (_, body, expected) => expect(read(body)).toEqual(expected));

  it('a 200,000-deep body is read without overflowing, and finds nothing', () => {
    const deep = `${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`;
    expect(() => readBookingAnswer(Buffer.from(deep))).not.toThrow();
  });

  it('an id below the depth it searches is not taken as a sign of booking', () => {
    let body: Record<string, unknown> = { id: 7 };
    for (let i = 0; i < 10; i++) body = { wrap: body };
    expect(read(body)).toEqual({ kind: 'silent' });
  });
});
