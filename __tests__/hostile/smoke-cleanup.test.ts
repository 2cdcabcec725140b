/**
 * Hostile cases: smoke mode must never leave an appointment behind, and never report one as
 * cancelled when it was not (unusable ids, a lost answer with an odd date format).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runBundle } from '../helpers/run-bundle.js';
import { hostile, json, type Hostile } from './servers.js';

let server: Hostile | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Stored {
  id: number;
  departmentId: number;
  dateTime: string;
  name: string;
  status: string;
}

/**
 * An API double that books for real. `answerId` is what the POST answers as the id;
 * `postStatus` lets the booking's answer be "lost" (a 502 after booking);
 * `listedDateTime` is how the list serialises dateTime.
 */
async function bookingApi(opts: { answerId?: (a: Stored) => unknown; postStatus?: number; listedDateTime?: (dt: string) => string }) {
  const appointments = new Map<string, Stored>();
  let next = 100;
  server = await hostile((req, res, body) => {
    const url = req.url ?? '';
    if (req.method === 'GET' && url.startsWith('/api/v1/organizations/me')) return json(res, 200, { availableCredits: 500 });
    if (req.method === 'POST' && url === '/api/v1/appointments') {
      const b = JSON.parse(body) as { departmentId: number; dateTime: string; name: string };
      const a: Stored = { id: next++, departmentId: b.departmentId, dateTime: b.dateTime, name: b.name, status: 'SCHEDULED' };
      appointments.set(String(a.id), a);
      if (opts.postStatus && opts.postStatus >= 500) return json(res, opts.postStatus, { error: { code: 'BAD_GATEWAY' } });
      return json(res, 201, { ...a, id: opts.answerId ? opts.answerId(a) : a.id });
    }
    if (req.method === 'GET' && url.startsWith('/api/v1/appointments?')) {
      const content = [...appointments.values()].map((a) => ({ ...a, dateTime: opts.listedDateTime ? opts.listedDateTime(a.dateTime) : a.dateTime }));
      return json(res, 200, { content, page: 0, size: 100, totalElements: content.length, totalPages: 1, last: true });
    }
    const m = /^\/api\/v1\/appointments\/(\d+)$/.exec(url);
    const a = m ? appointments.get(m[1]!) : undefined;
    if (!a) return json(res, 404, { error: { code: 'NOT_FOUND', message: 'no such route or appointment' } });
    if (req.method === 'DELETE') {
      a.status = 'CANCELLED';
      res.writeHead(204);
      return res.end();
    }
    return json(res, 200, a);
  });
  return appointments;
}

const smoke = (extra: Record<string, string> = {}) => ({
  mode: 'smoke',
  environment: 'staging',
  'api-url': `${server!.url}/api/v1`,
  'api-key': 'mk_test_adversarialKey0123456789',
  'department-id': '5',
  'pr-comment': 'false',
  'timeout-seconds': '20',
  ...extra
});

describe('hostile: smoke cleanup', () => {
  it.each(['', '.', '..'])('does not report the appointment cancelled when the POST answers the id %j', async (hostileId) => {
    // "/appointments/" + "" | "." | ".." resolves to the collection or the API root: the DELETE
    // and the read-back both 404 there, which cancelAppointment takes for "no longer exists".
    const appointments = await bookingApi({ answerId: () => hostileId });
    const run = await runBundle(smoke());
    const booked = [...appointments.values()];
    expect(booked).toHaveLength(1);
    const cleaned = booked[0]!.status === 'CANCELLED';
    const alerted = run.summary.startsWith('> 🚨');
    const passed = run.outputs.result === 'pass';
    // A pass is only allowed when the booked appointment really was cancelled; otherwise an alert.
    expect({ passed, cleaned, alerted, ok: (!passed || cleaned) && (cleaned || alerted) }).toEqual(expect.objectContaining({ ok: true }));
    // Never a DELETE outside /appointments/<id>.
    expect(server!.requests.filter((r) => r.startsWith('DELETE ') && !/^DELETE \/api\/v1\/appointments\/[^/.][^/]*$/.test(r))).toEqual([]);
  });

  it('finds and cancels a booking whose answer was lost when the API lists dateTime without seconds', async () => {
    // The POST books, then answers 502. The API lists dateTime without seconds, as Java's
    // LocalDateTime.toString does ("2026-11-30T10:00"): the lookup must still find it.
    const appointments = await bookingApi({ postStatus: 502, listedDateTime: (dt) => dt.slice(0, 16) });
    const run = await runBundle(smoke());
    const booked = [...appointments.values()];
    expect(booked).toHaveLength(1);
    const cleaned = booked[0]!.status === 'CANCELLED';
    const alerted = run.summary.startsWith('> 🚨');
    expect(cleaned || alerted).toBe(true);
    expect(run.summary).not.toContain('no appointment was made');
  });
});
