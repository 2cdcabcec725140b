/** The gate's test event: realistic, marked as a test, and byte-exact given its id and time. */
import { describe, expect, it } from '@jest/globals';
import { eventBody, forgedSecret, newEventId, tamperedBody } from '../../src/webhook/probe-event.js';

const CREATED = new Date('2026-11-29T10:00:00.123Z');

describe('eventBody', () => {
  const genuine = eventBody('evt_gate_0123456789abcdef01234567', CREATED);
  const tampered = tamperedBody('evt_gate_0123456789abcdef01234567', CREATED);

  it('is a documented appointment.created payload, clearly marked as a gate test', () => {
    expect(JSON.parse(genuine.toString('utf8'))).toEqual({
      id: 'evt_gate_0123456789abcdef01234567',
      type: 'appointment.created',
      created: '2026-11-29T10:00:00Z',
      data: {
        object: {
          id: expect.any(Number),
          departmentId: 0,
          dateTime: expect.stringMatching(/^2026-11-3\d|^2026-12-01T/),
          status: 'SCHEDULED',
          name: 'Test de déploiement / MONCRENEAU deploy gate - not a real appointment',
          qrCode: 'GATE-TEST-evt_gate_0123456789abcdef01234567',
          creditsUsed: 1,
          gateTest: true
        }
      }
    });
  });

  it('gives each event its own test appointment id and slot, so no idempotency key can merge two probes', () => {
    const objects = ['evt_gate_a', 'evt_gate_b', 'evt_gate_c', 'evt_gate_d'].map((id) => JSON.parse(eventBody(id, CREATED).toString('utf8')).data.object);
    expect(new Set(objects.map((o) => o.id)).size).toBe(4);
    expect(new Set(objects.map((o) => o.dateTime)).size).toBe(4);
    for (const o of objects) expect(o.id).toBeGreaterThanOrEqual(999_000_000);
    for (const o of objects) expect(o.id).toBeLessThanOrEqual(999_999_999);
    // A day ahead, within the next day: a realistic slot.
    for (const o of objects) expect(Date.parse(`${o.dateTime}Z`) - CREATED.getTime()).toBeGreaterThanOrEqual(86_399_000);
  });

  it('is pure: the same id and time give the same bytes', () => {
    expect(eventBody('evt_gate_0123456789abcdef01234567', CREATED).equals(genuine)).toBe(true);
  });

  it('escapes non-ASCII, so a re-serialised body hashes differently from the raw one', () => {
    const raw = genuine.toString('utf8');
    expect(raw).toContain('d\\u00e9ploiement');
    expect(/^[\x20-\x7e]*$/.test(raw)).toBe(true);
    expect(JSON.stringify(JSON.parse(raw))).not.toBe(raw);
  });

  it('tampers with one value and keeps valid JSON', () => {
    expect(tampered.equals(genuine)).toBe(false);
    const parsed = JSON.parse(tampered.toString('utf8'));
    expect(parsed.data.object.creditsUsed).toBe(100);
    expect({ ...parsed, data: { object: { ...parsed.data.object, creditsUsed: 1 } } }).toEqual(JSON.parse(genuine.toString('utf8')));
  });
});

describe('random parts', () => {
  it('makes event ids of evt_gate_ and 24 hex digits, different each time', () => {
    const [a, b] = [newEventId(), newEventId()];
    expect(a).toMatch(/^evt_gate_[0-9a-f]{24}$/);
    expect(a).not.toBe(b);
  });

  it('makes forged secrets in the real format, different each time', () => {
    expect(forgedSecret()).toMatch(/^whsec_gate_forged_[0-9a-f]{32}$/);
    expect(forgedSecret()).not.toBe(forgedSecret());
  });
});
