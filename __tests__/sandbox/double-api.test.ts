import { describe, expect, it } from '@jest/globals';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { appointmentBody, call, closeAfterEach } from './sandbox-helpers.js';

const closeLater = closeAfterEach();
const start = async (options = {}): Promise<Double> => closeLater(await startDouble(options));
const create = (double: Double, overrides: Record<string, unknown> = {}) => call(double, '/appointments', { method: 'POST', body: appointmentBody(overrides) });

describe('GET /departments and /organizations/me', () => {
  it('lists departments as a bare array with their organization', async () => {
    const double = await start({ departments: [{ id: 5, name: 'Cardiologie' }], organization: { id: 9, name: 'Clinique' } });
    const { status, json } = await call(double, '/departments');
    expect(status).toBe(200);
    expect(json).toEqual([{ id: 5, name: 'Cardiologie', description: '', organization: { id: 9, name: 'Clinique' } }]);
  });

  it('reports the organization and its available credits', async () => {
    const double = await start({ credits: 120, organization: { id: 9, name: 'Clinique' } });
    const { status, json } = await call(double, '/organizations/me');
    expect(status).toBe(200);
    expect(json).toEqual({ id: 9, name: 'Clinique', availableCredits: 120 });
  });
});

describe('appointments: create, read, cancel and credits', () => {
  it('creates an appointment for one credit and answers 201 with the documented fields', async () => {
    const double = await start({ credits: 10 });
    const { status, json } = await create(double, { externalUserId: 'user-1', workerId: 3 });
    expect(status).toBe(201);
    expect(json).toEqual({
      id: expect.any(Number),
      departmentId: 1,
      dateTime: '2026-02-15T10:00:00',
      status: 'SCHEDULED',
      name: 'Gate smoke test',
      qrCode: expect.stringMatching(/^MC-[0-9A-F]{16}$/),
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      externalUserId: 'user-1',
      workerId: 3
    });
    expect(double.state.credits).toBe(9);
    expect(double.state.appointments.get(json.id)?.status).toBe('SCHEDULED');
    expect((await call(double, `/appointments/${json.id}`)).json).toEqual(json);
  });

  it('refuses a create at zero credits with 402 and refunds one credit on cancel', async () => {
    const double = await start({ credits: 1 });
    const first = await create(double);
    expect(first.status).toBe(201);
    const refused = await create(double, { dateTime: '2026-02-16T10:00:00' });
    expect(refused.status).toBe(402);
    expect(refused.json.error).toMatchObject({ code: 'INSUFFICIENT_CREDITS', details: { required: 1, available: 0 } });
    expect((await call(double, '/organizations/me')).json.availableCredits).toBe(0);

    const cancel = await call(double, `/appointments/${first.json.id}`, { method: 'DELETE' });
    expect(cancel.status).toBe(204);
    expect(cancel.text).toBe('');
    expect(double.state.appointments.get(first.json.id)).toMatchObject({ status: 'CANCELLED', cancelReason: 'Cancelled via API' });
    expect((await call(double, '/organizations/me')).json.availableCredits).toBe(1);
  });

  it('answers 204 to a repeated cancel without refunding twice', async () => {
    const double = await start({ credits: 5 });
    const { json } = await create(double);
    await call(double, `/appointments/${json.id}?reason=rollback`, { method: 'DELETE' });
    const again = await call(double, `/appointments/${json.id}`, { method: 'DELETE' });
    expect(again.status).toBe(204);
    expect(double.state.credits).toBe(5);
    expect(double.state.appointments.get(json.id)?.cancelReason).toBe('rollback');
  });

  it('answers 404 APPOINTMENT_NOT_FOUND to an unknown id, in the error envelope', async () => {
    const double = await start();
    for (const method of ['GET', 'DELETE']) {
      const { status, json, headers } = await call(double, '/appointments/424242', { method });
      expect(status).toBe(404);
      expect(headers.get('content-type')).toBe('application/json');
      expect(json).toEqual({
        error: { code: 'APPOINTMENT_NOT_FOUND', message: expect.any(String), details: { id: '424242' } },
        timestamp: expect.stringMatching(/Z$/),
        path: '/api/v1/appointments/424242'
      });
    }
  });

  it('refuses a second SCHEDULED appointment for the same user and time, but not after a cancel', async () => {
    const double = await start();
    const first = await create(double, { externalUserId: 'u-7' });
    const duplicate = await create(double, { externalUserId: 'u-7' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error.code).toBe('DUPLICATE_APPOINTMENT');
    await call(double, `/appointments/${first.json.id}`, { method: 'DELETE' });
    expect((await create(double, { externalUserId: 'u-7' })).status).toBe(201);
    expect((await create(double, { externalUserId: 'u-8' })).status).toBe(201);
  });

  it.each([
    ['no name', { name: undefined }, 400, 'MISSING_REQUIRED_FIELD'],
    ['an empty dateTime', { dateTime: '' }, 400, 'MISSING_REQUIRED_FIELD'],
    ['departmentId as a string', { departmentId: '1' }, 400, 'INVALID_FIELD_VALUE'],
    ['a blank name', { name: '   ' }, 400, 'INVALID_FIELD_VALUE'],
    ['a dateTime with a zone', { dateTime: '2026-02-15T10:00:00Z' }, 400, 'INVALID_DATE_TIME'],
    ['a dateTime without seconds', { dateTime: '2026-02-15T10:00' }, 400, 'INVALID_DATE_TIME'],
    ['a date that does not exist', { dateTime: '2026-02-30T10:00:00' }, 400, 'INVALID_DATE_TIME'],
    ['an unknown department', { departmentId: 99 }, 404, 'DEPARTMENT_NOT_FOUND']
  ])('refuses a create with %s', async (_label, overrides, status, code) => {
    const double = await start({ credits: 3 });
    const answer = await create(double, overrides);
    expect(answer.status).toBe(status);
    expect(answer.json.error.code).toBe(code);
    expect(double.state.credits).toBe(3);
  });

  it('refuses a body that is not a JSON object, or not sent as JSON', async () => {
    const double = await start();
    const post = (body: string, headers: Record<string, string>) => call(double, '/appointments', { method: 'POST', body, headers });
    expect((await post('{not json', { 'content-type': 'application/json' })).json.error.code).toBe('INVALID_REQUEST');
    expect((await post('[1,2]', { 'content-type': 'application/json' })).json.error.code).toBe('INVALID_REQUEST');
    const plain = await post(JSON.stringify(appointmentBody()), { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    expect(plain.json.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const huge = await post(JSON.stringify({ ...appointmentBody(), pad: 'x'.repeat(1024 * 1024) }), { 'content-type': 'application/json' });
    expect(huge.status).toBe(413);
  });

  it('writes ids as strings when asked, as the Node SDK types them', async () => {
    const double = await start({ idType: 'string' });
    const { json } = await create(double);
    expect(typeof json.id).toBe('string');
    expect((await call(double, `/appointments/${json.id}`)).json.id).toBe(json.id);
  });
});

describe('GET /appointments', () => {
  it('answers a Spring page, 0-based, with size capped at 100', async () => {
    const double = await start();
    for (const hour of ['09', '10', '11']) await create(double, { dateTime: `2026-03-01T${hour}:00:00` });
    const first = await call(double, '/appointments?size=2');
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ page: 0, size: 2, totalElements: 3, totalPages: 2, last: false });
    expect(first.json.content.map((a: { dateTime: string }) => a.dateTime)).toEqual(['2026-03-01T09:00:00', '2026-03-01T10:00:00']);
    const second = await call(double, '/appointments?size=2&page=1');
    expect(second.json).toMatchObject({ page: 1, totalPages: 2, last: true });
    expect(second.json.content).toHaveLength(1);
    expect((await call(double, '/appointments?size=500')).json.size).toBe(100);
    expect((await call(double, '/appointments')).json).toMatchObject({ page: 0, size: 20, last: true });
  });

  it('filters by status, department, external user and date range', async () => {
    const double = await start();
    const a = await create(double, { dateTime: '2026-03-01T09:00:00', externalUserId: 'u1' });
    await create(double, { dateTime: '2026-03-02T09:00:00', departmentId: 2, externalUserId: 'u2' });
    await create(double, { dateTime: '2026-03-03T09:00:00', externalUserId: 'u1' });
    await call(double, `/appointments/${a.json.id}`, { method: 'DELETE' });
    const count = async (query: string) => (await call(double, `/appointments?${query}`)).json.totalElements;
    expect(await count('status=CANCELLED')).toBe(1);
    expect(await count('status=SCHEDULED')).toBe(2);
    expect(await count('departmentId=2')).toBe(1);
    expect(await count('externalUserId=u1')).toBe(2);
    expect(await count('startDate=2026-03-02')).toBe(2);
    expect(await count('endDate=2026-03-02')).toBe(2);
    expect(await count('startDate=2026-03-02&endDate=2026-03-02')).toBe(1);
  });

  it('refuses a bad page, size or status with 400 INVALID_FIELD_VALUE', async () => {
    const double = await start();
    for (const query of ['page=-1', 'size=0', 'size=ten', 'status=LOST']) {
      const { status, json } = await call(double, `/appointments?${query}`);
      expect([query, status, json.error.code]).toEqual([query, 400, 'INVALID_FIELD_VALUE']);
    }
  });
});

describe('unknown paths and methods', () => {
  it('answers 404 NOT_FOUND inside and outside /api/v1, and 405 with Allow for a wrong method', async () => {
    const double = await start();
    const inside = await call(double, '/nothing-here');
    expect(inside.status).toBe(404);
    expect(inside.json.error.code).toBe('NOT_FOUND');
    const outside = await fetch(`${double.origin}/health`);
    expect(outside.status).toBe(404);
    expect(((await outside.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    const wrong = await call(double, '/appointments', { method: 'PUT', body: {} });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, POST');
  });
});
