import { describe, expect, it } from '@jest/globals';
import { request } from '../../sandbox/http-client.mjs';
import { startDouble, type Double, type DoubleOptions } from '../../sandbox/moncreneau-double.mjs';
import { appointmentBody, call, closeAfterEach } from './sandbox-helpers.js';

const closeLater = closeAfterEach();
const start = async (options: DoubleOptions = {}): Promise<Double> => closeLater(await startDouble(options));
const withKey = (double: Double) => ({ headers: { 'x-api-key': double.keys.live } });

describe('counted faults', () => {
  it('serverErrors: the next N requests answer 503 (or the status asked), then the API recovers', async () => {
    const double = await start();
    double.setFaults({ serverErrors: 2 });
    const first = await call(double, '/departments');
    expect(first.status).toBe(503);
    expect(first.json.error.code).toBe('SERVICE_UNAVAILABLE');
    expect((await call(double, '/departments')).status).toBe(503);
    expect((await call(double, '/departments')).status).toBe(200);
    double.setFaults({ serverErrors: 1, serverErrorStatus: 500 });
    expect((await call(double, '/departments')).json.error.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('rateLimited: 429 RATE_LIMIT_EXCEEDED with Retry-After and no remaining budget', async () => {
    const double = await start();
    double.setFaults({ rateLimited: { count: 1, retryAfterSeconds: 7 } });
    const limited = await call(double, '/appointments');
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe('RATE_LIMIT_EXCEEDED');
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect((await call(double, '/appointments')).status).toBe(200);
  });

  it('rateLimitRemaining: starts every key on a window with that budget', async () => {
    const double = await start();
    double.setFaults({ rateLimitRemaining: 1 });
    expect((await call(double, '/departments')).headers.get('x-ratelimit-remaining')).toBe('0');
    expect((await call(double, '/departments')).status).toBe(429);
    double.clearFaults();
    expect((await call(double, '/departments')).headers.get('x-ratelimit-remaining')).toBe('999');
  });

  it('dropConnection: the socket is destroyed without an answer, N times', async () => {
    const double = await start();
    double.setFaults({ dropConnection: 1 });
    await expect(request(`${double.url}/departments`, withKey(double))).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect((await request(`${double.url}/departments`, withKey(double))).status).toBe(200);
  });

  it('dropAfterCommit: the appointment is created and charged but the answer is lost', async () => {
    const double = await start({ credits: 10 });
    double.setFaults({ dropAfterCommit: 1 });
    const post = request(`${double.url}/appointments`, { method: 'POST', body: appointmentBody(), ...withKey(double) });
    await expect(post).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(double.state.credits).toBe(9);
    expect([...double.state.appointments.values()].map((a) => a.status)).toEqual(['SCHEDULED']);
    expect((await call(double, '/appointments', { method: 'POST', body: appointmentBody({ dateTime: '2026-02-16T10:00:00' }) })).status).toBe(201);
  });

  it('deleteErrors: DELETE answers 500 and cancels nothing, then works', async () => {
    const double = await start({ credits: 10 });
    const { json } = await call(double, '/appointments', { method: 'POST', body: appointmentBody() });
    double.setFaults({ deleteErrors: 1 });
    expect((await call(double, '/departments')).status).toBe(200); // only DELETE is affected
    const failed = await call(double, `/appointments/${json.id}`, { method: 'DELETE' });
    expect(failed.status).toBe(500);
    expect(double.state.appointments.get(json.id)?.status).toBe('SCHEDULED');
    expect(double.state.credits).toBe(9);
    expect((await call(double, `/appointments/${json.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(double.state.credits).toBe(10);
  });

  it('slotUnavailable: POST /appointments answers 409 SLOT_NOT_AVAILABLE without charging', async () => {
    const double = await start({ credits: 10 });
    double.setFaults({ slotUnavailable: 1 });
    const refused = await call(double, '/appointments', { method: 'POST', body: appointmentBody() });
    expect([refused.status, refused.json.error.code]).toEqual([409, 'SLOT_NOT_AVAILABLE']);
    expect(double.state.credits).toBe(10);
  });

  it('combines faults in one set and in several, each counted on its own', async () => {
    const double = await start();
    double.setFaults([
      { serverErrors: 1, rateLimited: { count: 1 } },
      { paths: ['/organizations/me'], htmlBody: 1 }
    ]);
    expect((await call(double, '/departments')).status).toBe(503);
    expect((await call(double, '/departments')).status).toBe(429);
    expect((await call(double, '/departments')).status).toBe(200);
    expect((await call(double, '/organizations/me')).headers.get('content-type')).toMatch(/^text\/html/);
    expect((await call(double, '/organizations/me')).json.availableCredits).toBe(500);
  });

  it('filters by path (a prefix covers sub-paths) and by method', async () => {
    const double = await start();
    double.setFaults({ serverErrors: 5, paths: ['/appointments'], methods: ['get'] });
    expect((await call(double, '/departments')).status).toBe(200);
    expect((await call(double, '/appointments', { method: 'POST', body: appointmentBody() })).status).toBe(201);
    expect((await call(double, '/appointments/1001')).status).toBe(503);
    expect((await call(double, '/appointments?size=1')).status).toBe(503);
    double.setFaults({ serverErrors: 1, paths: [/^\/depart/] });
    expect((await call(double, '/departments')).status).toBe(503);
  });

  it('names an unknown fault instead of ignoring it', async () => {
    const double = await start();
    expect(() => double.setFaults({ serverError: 1 } as never)).toThrow('Unknown fault serverError');
  });
});

describe('standing faults', () => {
  it('latencyMs delays matching requests only', async () => {
    const double = await start({ faults: { latencyMs: 250, paths: ['/organizations/me'] } });
    let started = performance.now();
    expect((await call(double, '/organizations/me')).status).toBe(200);
    const delayed = performance.now() - started;
    expect(delayed).toBeGreaterThanOrEqual(240);
    started = performance.now();
    await call(double, '/departments');
    // Relative, so a loaded machine cannot fail it: the other path skips the 250 ms delay.
    expect(performance.now() - started).toBeLessThan(delayed - 150);
  });

  it('htmlBody answers 200 with an HTML page until cleared', async () => {
    const double = await start();
    double.setFaults({ htmlBody: true });
    for (let i = 0; i < 2; i += 1) {
      const answer = await call(double, '/organizations/me');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(answer.text).toMatch(/^<!DOCTYPE html>/);
      expect(answer.json).toBeUndefined();
    }
    double.clearFaults();
    expect((await call(double, '/organizations/me')).json.availableCredits).toBe(500);
  });

  it('redirectTo answers 302 with Location', async () => {
    const double = await start({ faults: { redirectTo: 'https://login.example/sso' } });
    const answer = await call(double, '/appointments');
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('https://login.example/sso');
  });

  it('respondWith answers a canned body, e.g. credits without availableCredits', async () => {
    const double = await start({ faults: { paths: ['/organizations/me'], respondWith: { status: 200, body: { id: 1, name: 'Org' }, count: 1 } } });
    expect((await call(double, '/organizations/me')).json).toEqual({ id: 1, name: 'Org' });
    expect((await call(double, '/organizations/me')).json.availableCredits).toBe(500);
  });

  it('oversizeBody streams that many bytes of JSON, lazily', async () => {
    const double = await start({ faults: { oversizeBody: 200_000 } });
    const answer = await request(`${double.url}/organizations/me`, withKey(double));
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.headers['content-length']).toBeUndefined();
    expect(Buffer.byteLength(answer.text)).toBe(200_000);
    expect(Object.keys(answer.json)).toEqual(['padding']);
  });

  it('oversizeBody stops streaming when the client gives up on 50 MB', async () => {
    const double = await start({ faults: { oversizeBody: 50 * 1024 * 1024, paths: ['/organizations/me'] } });
    const big = request(`${double.url}/organizations/me`, { ...withKey(double), maxBytes: 1024 * 1024 });
    await expect(big).rejects.toMatchObject({ code: 'BODY_TOO_LARGE' });
    expect((await call(double, '/departments')).status).toBe(200);
    const started = performance.now();
    await double.close();
    expect(performance.now() - started).toBeLessThan(500);
    expect(double.state.requests[0]?.status).toBeUndefined(); // never finished
  });

  it('hang accepts and never answers; the client times out', async () => {
    const double = await start({ faults: { hang: 1 } });
    await expect(request(`${double.url}/departments`, { ...withKey(double), timeoutMs: 200 })).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect((await call(double, '/departments')).status).toBe(200);
  });
});

describe('close()', () => {
  it('ends hung and delayed requests promptly and resolves', async () => {
    const double = await startDouble();
    double.setFaults([
      { hang: true, paths: ['/departments'] },
      { latencyMs: 60_000, paths: ['/appointments'] }
    ]);
    const hung = request(`${double.url}/departments`, { ...withKey(double), timeoutMs: 30_000 });
    const delayed = request(`${double.url}/appointments`, { ...withKey(double), timeoutMs: 30_000 });
    while (double.state.requests.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    const started = performance.now();
    await double.close();
    expect(performance.now() - started).toBeLessThan(500);
    await expect(hung).rejects.toMatchObject({ code: 'ECONNRESET' });
    await expect(delayed).rejects.toMatchObject({ code: 'ECONNRESET' });
    await expect(double.close()).resolves.toBeUndefined(); // closing twice is harmless
  });
});
