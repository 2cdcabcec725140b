import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { makeCa, makeCertificateSignedBy } from '../../sandbox/certificate.mjs';
import { request } from '../../sandbox/http-client.mjs';
import { startDouble, type Double, type DoubleOptions } from '../../sandbox/moncreneau-double.mjs';
import { BEHAVIOURS, startReceiver, verifySignature, type Behaviour, type ReceiverOptions } from '../../sandbox/webhook-receiver.mjs';
import { appointmentBody, call, closeAfterEach } from './sandbox-helpers.js';

const SECRET = 'whsec_sandbox_test_secret';
const closeLater = closeAfterEach();
const receiver = async (options: ReceiverOptions) => closeLater(await startReceiver(options));
const double = async (options: DoubleOptions = {}): Promise<Double> => closeLater(await startDouble(options));
const create = (api: Double) => call(api, '/appointments', { method: 'POST', body: appointmentBody({ externalUserId: 'u-1' }) });

describe('verifySignature', () => {
  // Known answer computed with: printf '%s' BODY | openssl dgst -sha256 -hmac whsec_known_answer
  const body = Buffer.from('{"id":"evt_1","type":"appointment.created"}');
  const hex = '2151a2ea655ea35ac7a17db2f227c8ff6fcff315b3a0273745b595cd65fcaa5d';

  it.each([
    ['the documented header', true, `sha256=${hex}`],
    ['upper-case hex', true, `sha256=${hex.toUpperCase()}`],
    ['the bare hex, prefix missing', false, hex],
    ['a truncated digest', false, `sha256=${hex.slice(0, 62)}`],
    ['a digest with a non-hex character', false, `sha256=${hex.slice(0, 63)}g`],
    ['another algorithm', false, `sha1=${hex}`],
    ['no header', false, undefined]
  ])('%s: %s', (_label, expected, header) => {
    expect(verifySignature('whsec_known_answer', body, header)).toBe(expected);
  });

  it('rejects another secret and a body changed by a single space', () => {
    expect(verifySignature('whsec_other', body, `sha256=${hex}`)).toBe(false);
    expect(verifySignature('whsec_known_answer', Buffer.from('{"id":"evt_1", "type":"appointment.created"}'), `sha256=${hex}`)).toBe(false);
  });
});

describe('deliveries from the double', () => {
  it('signs appointment.created and appointment.cancelled with the documented headers and payloads', async () => {
    const app = await receiver({ secret: SECRET });
    const api = await double({ webhook: { url: app.url, secret: SECRET } });
    const created = await create(api);
    await call(api, `/appointments/${created.json.id}?reason=gate%20cleanup`, { method: 'DELETE' });
    const deliveries = await api.waitForDeliveries(2);
    expect(deliveries.map((d) => [d.event, d.appointmentId, d.status])).toEqual([
      ['appointment.created', created.json.id, 200],
      ['appointment.cancelled', created.json.id, 200]
    ]);

    const [onCreate, onCancel] = app.events;
    expect(app.events.map((e) => e.accepted)).toEqual([true, true]);
    for (const event of [onCreate, onCancel]) {
      // Checked independently of the sandbox's own signing code.
      const expected = createHmac('sha256', SECRET)
        .update(event?.body ?? '')
        .digest('hex');
      expect(event?.headers['x-moncreneau-signature']).toBe(`sha256=${expected}`);
      expect(event?.headers['content-type']).toBe('application/json');
    }
    expect(onCreate?.headers['x-moncreneau-event']).toBe('appointment.created');
    expect(onCreate?.payload).toEqual({
      id: expect.stringMatching(/^evt_[0-9a-f]{24}$/),
      type: 'appointment.created',
      created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      data: { object: { ...created.json, creditsUsed: 1 } }
    });
    expect(onCancel?.payload.data.object).toMatchObject({
      id: created.json.id,
      status: 'CANCELLED',
      cancelledAt: expect.any(String),
      cancelReason: 'gate cleanup',
      creditsUsed: 1,
      creditsRefunded: 1
    });
  });

  it('answers the API call without waiting for a slow endpoint, and times the delivery out', async () => {
    const app = await receiver({ secret: SECRET, behaviour: 'slow', delayMs: 2000 });
    const api = await double({ webhook: { url: app.url, secret: SECRET, timeoutMs: 400 } });
    const started = performance.now();
    expect((await create(api)).status).toBe(201);
    // Far below the endpoint's 2 s: the answer did not wait for the delivery.
    expect(performance.now() - started).toBeLessThan(1500);
    const [delivery] = await api.waitForDeliveries(1);
    expect(delivery?.error).toBe('timeout after 400 ms');
    expect(delivery?.ms).toBeGreaterThanOrEqual(390);
    expect(delivery?.status).toBeUndefined();
  });

  it('records a refused connection, and sends nothing without a webhook', async () => {
    const api = await double();
    await create(api);
    await expect(api.waitForDeliveries(1, 100)).rejects.toThrow('Timed out after 100 ms waiting for 1 webhook deliveries; got 0');
    api.setWebhook({ url: 'http://127.0.0.1:1/webhooks', secret: SECRET });
    await call(api, '/appointments', { method: 'POST', body: appointmentBody({ dateTime: '2026-02-16T10:00:00' }) });
    const [delivery] = await api.waitForDeliveries(1);
    expect(delivery?.error).toMatch(/^ECONNREFUSED/);
  });

  it('delivers over https to an endpoint whose CA it is given, and fails on bad certificates', async () => {
    const ca = await makeCa();
    const cases = [
      [{}, ca.cert, 200],
      [{}, undefined, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
      [{ days: -1 }, ca.cert, 'CERT_HAS_EXPIRED'],
      [{ altNames: ['app.example'] }, ca.cert, 'ERR_TLS_CERT_ALTNAME_INVALID']
    ] as const;
    for (const [certificate, trusted, outcome] of cases) {
      const app = await receiver({ secret: SECRET, https: await makeCertificateSignedBy(ca, certificate) });
      expect(app.url).toMatch(/^https:/);
      const api = await double({ webhook: { url: app.url, secret: SECRET, ca: trusted } });
      await create(api);
      const [delivery] = await api.waitForDeliveries(1);
      expect(typeof outcome === 'number' ? delivery?.status : delivery?.error?.split(':')[0]).toBe(outcome);
    }
  });

  it('aborts deliveries in flight when the double closes', async () => {
    const app = await receiver({ secret: SECRET, behaviour: 'slow', delayMs: 5000 });
    const api = await startDouble({ webhook: { url: app.url, secret: SECRET } });
    await create(api);
    const waiting = api.waitForDeliveries(1, 4000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await api.close();
    await expect(waiting).rejects.toThrow('double closed while waiting for webhook deliveries');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('receiver behaviours, each fed a real signed delivery', () => {
  const expectations: Record<Behaviour, { status: number; accepted?: boolean }> = {
    verify: { status: 200, accepted: true },
    'accept-all': { status: 200, accepted: true },
    'no-strip': { status: 401, accepted: false },
    'wrong-header': { status: 401, accepted: false },
    reserialise: { status: 200, accepted: true }, // compact JSON re-serialises to the same bytes
    'other-secret': { status: 401, accepted: false },
    slow: { status: 200, accepted: true },
    redirect: { status: 302 },
    error: { status: 500 }
  };

  it('covers every behaviour', () => {
    expect(Object.keys(expectations).sort()).toEqual([...BEHAVIOURS].sort());
  });

  it.each(Object.entries(expectations))('%s answers %j', async (behaviour, { status, accepted }) => {
    const app = await receiver({ secret: SECRET, behaviour: behaviour as Behaviour, delayMs: 50 });
    const api = await double({ webhook: { url: app.url, secret: SECRET } });
    await create(api);
    const [delivery] = await api.waitForDeliveries(1);
    expect(delivery?.status).toBe(status);
    expect(app.events.map((e) => e.accepted)).toEqual(accepted === undefined ? [] : [accepted]);
  });

  it('reserialise rejects a delivery whose JSON is not compact', async () => {
    const app = await receiver({ secret: SECRET, behaviour: 'reserialise' });
    const api = await double({ webhook: { url: app.url, secret: SECRET, prettyPrint: true } });
    await create(api);
    expect((await api.waitForDeliveries(1))[0]?.status).toBe(401);
    const verifier = await receiver({ secret: SECRET });
    api.setWebhook({ url: verifier.url, secret: SECRET, prettyPrint: true });
    await call(api, '/appointments', { method: 'POST', body: appointmentBody({ dateTime: '2026-02-16T10:00:00' }) });
    expect((await api.waitForDeliveries(2))[1]?.status).toBe(200);
  });

  it('verify rejects forged and unsigned deliveries that accept-all takes', async () => {
    const verify = await receiver({ secret: SECRET });
    const acceptAll = await receiver({ behaviour: 'accept-all' });
    const forged = {
      method: 'POST',
      body: '{"id":"evt_test","type":"appointment.created"}',
      headers: { 'content-type': 'application/json', 'x-moncreneau-signature': 'sha256=test' }
    };
    expect((await request(verify.url, forged)).status).toBe(401);
    expect((await request(verify.url, { ...forged, headers: { 'content-type': 'application/json' } })).status).toBe(401);
    expect((await request(acceptAll.url, forged)).status).toBe(200);
  });

  it('redirect points at redirectTo', async () => {
    const app = await receiver({ behaviour: 'redirect', redirectTo: 'https://elsewhere.example/hook' });
    const answer = await request(app.url, { method: 'POST', body: {} });
    expect([answer.status, answer.headers.location]).toEqual([302, 'https://elsewhere.example/hook']);
  });

  it('refuses unknown behaviours and missing secrets by name', async () => {
    await expect(startReceiver({ secret: SECRET, behaviour: 'lenient' as Behaviour })).rejects.toThrow("Unknown receiver behaviour 'lenient'");
    await expect(startReceiver({ behaviour: 'verify' })).rejects.toThrow("Receiver behaviour 'verify' needs a secret");
  });

  it('answers 413 to a body over 1 MB and 405 to anything but POST', async () => {
    const app = await receiver({ behaviour: 'accept-all' });
    expect((await request(app.url, { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) })).status).toBe(413);
    expect((await request(app.url, { method: 'POST', body: 'x'.repeat(1024 * 1024) })).status).toBe(200);
    expect((await request(app.url)).status).toBe(405);
    expect(app.events).toHaveLength(1);
  });
});

describe('receiver confirmation and close', () => {
  it('confirms an event type for an appointment only once a verified delivery arrived', async () => {
    const app = await receiver({ secret: SECRET });
    const api = await double({ webhook: { url: app.url, secret: SECRET }, idType: 'string' });
    const created = await create(api);
    const confirm = (event: string) => request(`${app.origin}/confirm/${created.json.id}/${event}`);
    await api.waitForDeliveries(1);
    expect((await confirm('appointment.created')).status).toBe(200);
    expect((await confirm('appointment.cancelled')).status).toBe(404);
    expect((await request(`${app.origin}/confirm/999/appointment.created`)).json).toEqual({
      confirmed: false,
      appointmentId: '999',
      event: 'appointment.created'
    });
  });

  it('does not confirm a delivery it rejected', async () => {
    const app = await receiver({ secret: SECRET, behaviour: 'other-secret' });
    const api = await double({ webhook: { url: app.url, secret: SECRET } });
    const created = await create(api);
    await api.waitForDeliveries(1);
    expect((await request(`${app.origin}/confirm/${created.json.id}/appointment.created`)).status).toBe(404);
  });

  it('closes promptly with a slow answer in progress', async () => {
    const app = await startReceiver({ secret: SECRET, behaviour: 'slow', delayMs: 10_000 });
    const pending = request(app.url, { method: 'POST', body: {}, timeoutMs: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await app.close();
    expect(performance.now() - started).toBeLessThan(500);
    await expect(pending).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(app.events).toHaveLength(0);
  });
});
