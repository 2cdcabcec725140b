/**
 * The webhook check against real HTTPS receivers on 127.0.0.1: a correct verifier and the
 * broken ones, with certificates made by a throwaway CA the check is told to trust.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import type { LookupFunction } from 'node:net';
import { makeCa, makeCertificateSignedBy, type KeyAndCertificate } from '../../sandbox/certificate.mjs';
import { startReceiver, type Receiver, type ReceiverOptions } from '../../sandbox/webhook-receiver.mjs';
import { webhookCheck } from '../../src/checks/webhook.js';
import type { CheckOutcome } from '../../src/engine/check.js';
import { buildReport, reportOutputs } from '../../src/report/run-report.js';
import { contextFor } from '../helpers/check-context.js';

const SECRET = 'whsec_gate_test_s3cr3t_value';
let ca: KeyAndCertificate;
let trusted: KeyAndCertificate;
beforeAll(async () => {
  ca = await makeCa();
  trusted = await makeCertificateSignedBy(ca, { altNames: ['localhost', '127.0.0.1', 'hooks.test'] });
});

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});
async function receiver(options: Partial<ReceiverOptions> = {}, certificate: KeyAndCertificate = trusted): Promise<Receiver> {
  const r = await startReceiver({ secret: SECRET, https: certificate, ...options });
  open.push(r);
  return r;
}

/** Staging with private hosts allowed: the receivers live on loopback. */
function run(url: string, inputs: Record<string, string> = {}, http: { lookup?: LookupFunction } = {}): Promise<CheckOutcome> {
  const ctx = contextFor(
    { environment: 'staging', 'allow-private-webhook': 'true', 'webhook-url': url, 'webhook-secret': SECRET, 'webhook-timeout-ms': '2000', ...inputs },
    { http: { ca: ca.cert, ...http } }
  );
  return webhookCheck.run(ctx);
}

const text = (out: CheckOutcome) => [out.summary, ...out.details, ...out.hints].join('\n');

function expectNoSecret(out: CheckOutcome) {
  expect(JSON.stringify(out)).not.toContain(SECRET);
  expect(JSON.stringify(out)).not.toContain('s3cr3t');
}

describe('webhook check: the round trip', () => {
  it('passes a correct verifier: genuine accepted, three forgeries rejected, all measured', async () => {
    const app = await receiver();
    const out = await run(app.url);
    expect(out.status).toBe('pass');
    expect(out.summary).toMatch(/^accepted the signed test event in \d+ ms \(200\); rejected the 3 forged ones \(401, 401, 401\)$/);
    expect(out.data.probes).toEqual([
      { name: 'genuine', status: 200, timeMs: expect.any(Number) },
      { name: 'wrong-secret', status: 401, timeMs: expect.any(Number) },
      { name: 'no-signature', status: 401, timeMs: expect.any(Number) },
      { name: 'tampered-body', status: 401, timeMs: expect.any(Number) }
    ]);
    expect(out.data.latencyMs).toBe((out.data.probes as { timeMs: number }[])[0]!.timeMs);
    expect(out.details.join('\n')).toMatch(/webhook-url host 127\.0\.0\.1 is loopback: not publicly reachable, allowed by allow-private-webhook/);
    expect(out.details.join('\n')).toMatch(/TLS certificate for localhost valid until \d{4}-\d\d-\d\d, issued by MONCRENEAU Sandbox CA/);
    expectNoSecret(out);
  });

  it('sends what MONCRENEAU sends: the documented headers, and a signature of the exact bytes', async () => {
    const app = await receiver();
    await run(app.url);
    expect(app.events).toHaveLength(4);
    const genuine = app.events.find((e) => e.accepted)!;
    // Checked independently of the gate's signing code.
    const expected = createHmac('sha256', SECRET).update(Buffer.from(genuine.body, 'utf8')).digest('hex');
    expect(genuine.headers['x-moncreneau-signature']).toBe(`sha256=${expected}`);
    expect(genuine.headers['content-type']).toBe('application/json');
    expect(genuine.headers['x-moncreneau-event']).toBe('appointment.created');
    expect(genuine.headers['user-agent']).toMatch(/^moncreneau-deploy-gate\/\d+\.\d+\.\d+$/);
    expect(genuine.payload).toMatchObject({
      id: expect.stringMatching(/^evt_gate_[0-9a-f]{24}$/),
      type: 'appointment.created',
      data: { object: { gateTest: true } }
    });
    expect(Math.abs(Date.parse(genuine.payload.created) - Date.now())).toBeLessThan(60_000);
    const unsigned = app.events.filter((e) => e.headers['x-moncreneau-signature'] === undefined);
    expect(unsigned).toHaveLength(1);
    // Every probe is its own event: no duplicate check or lock can make a forgery look rejected.
    const ids = app.events.map((e) => e.payload.id);
    expect(new Set(ids).size).toBe(4);
    for (const e of app.events)
      expect(e.payload).toMatchObject({ type: 'appointment.created', data: { object: { gateTest: true, qrCode: `GATE-TEST-${e.payload.id}` } } });
  });

  it('sends the four probes at once: about one round trip, not four', async () => {
    const app = await receiver({ behaviour: 'slow', delayMs: 400 });
    const started = performance.now();
    const out = await run(app.url);
    const took = performance.now() - started;
    expect(out.status).toBe('pass');
    expect(took).toBeLessThan(1_000);
  });
});

describe('webhook check: broken verifiers', () => {
  it('fails an endpoint that accepts anything', async () => {
    const app = await receiver({ behaviour: 'accept-all' });
    const out = await run(app.url);
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('the endpoint accepts forged webhooks: wrong secret (200), no signature (200), altered body (200)');
    expect(out.hints.join('\n')).toMatch(/accepts anything/);
  });

  it.each([
    ['compares without stripping sha256=', 'no-strip', 'sha256= not stripped', /^Prefix not stripped/],
    ['is keyed with another secret', 'other-secret', 'wrong secret', /^Wrong secret/],
    ['reads X-Webhook-Signature', 'wrong-header', 'reads X-Webhook-Signature', /^Wrong header/],
    ['hashes re-serialised JSON', 'reserialise', 'hashes JSON\\.stringify of the body', /^Re-serialised body: the verifier hashes JSON\.stringify/]
  ] as const)('fails a verifier that %s, and names that trap alone', async (_label, behaviour, trap, line) => {
    const app = await receiver({ behaviour });
    const out = await run(app.url);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(new RegExp(`^the correctly signed test event was rejected \\(401 in \\d+ ms\\): 1 verifier trap found: ${trap}$`));
    expect(out.details.filter((d) => /^(Wrong|Prefix|Re-serialised|Throws)/.test(d))).toEqual([expect.stringMatching(line)]);
    expect(out.hints).toHaveLength(1);
    expect(out.details).toContain('Answer to the signed test event: "{\\"error\\":\\"invalid signature\\"}"');
    expectNoSecret(out);
  });

  it('fails a slow endpoint at webhook-timeout-ms, without waiting for it', async () => {
    const app = await receiver({ behaviour: 'slow', delayMs: 6000 });
    const started = performance.now();
    const out = await run(app.url, { 'webhook-timeout-ms': '5000' });
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(4_900);
    // The endpoint answers at 6 s: returning before then is what "not held" means.
    expect(took).toBeLessThan(5_950);
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('the signed test event got no answer: 127.0.0.1:' + new URL(app.url).port + ' did not answer within 5000 ms');
    expect(out.hints[0]).toMatch(/within 5 seconds/);
    expect(out.data.latencyMs).toBeUndefined();
  }, 15_000);

  it('stops at the run’s deadline', async () => {
    const app = await receiver({ behaviour: 'slow', delayMs: 3000 });
    const controller = new AbortController();
    const ctx = contextFor(
      { environment: 'staging', 'allow-private-webhook': 'true', 'webhook-url': app.url, 'webhook-secret': SECRET },
      { http: { ca: ca.cert }, signal: controller.signal }
    );
    setTimeout(() => controller.abort(new Error('deadline')), 200);
    const started = performance.now();
    const out = await webhookCheck.run(ctx);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('the signed test event got no answer: the request was stopped at the run’s deadline');
  });

  it('keeps the first round’s verdict when too little time is left before the deadline for the diagnosis', async () => {
    const app = await receiver({ behaviour: 'no-strip' });
    const ctx = contextFor(
      { environment: 'staging', 'allow-private-webhook': 'true', 'webhook-url': app.url, 'webhook-secret': SECRET, 'webhook-timeout-ms': '2000' },
      { http: { ca: ca.cert }, deadlineMs: 500 }
    );
    const out = await webhookCheck.run(ctx);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/like the forged ones: the endpoint’s signature check never matches a real delivery$/);
    expect(app.events).toHaveLength(4);
  });

  it('fails a redirect: MONCRENEAU does not follow it', async () => {
    const app = await receiver({ behaviour: 'redirect', redirectTo: 'https://app.example/webhooks/moncreneau/?token=abc' });
    const out = await run(app.url);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(
      /^the signed test event was answered 302, a redirect to https:\/\/app\.example\/webhooks\/moncreneau\/, in \d+ ms: MONCRENEAU does not follow redirects$/
    );
    expect(text(out)).not.toContain('token=abc');
  });

  it('fails an endpoint answering 500 to everything', async () => {
    const app = await receiver({ behaviour: 'error' });
    const out = await run(app.url);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/^the endpoint answered 500 to every request, the signed test event and 8 correctly signed variants included/);
    expect(out.hints).toEqual([expect.stringMatching(/fails before it verifies anything/)]);
    expect(out.data.latencyMs).toEqual(expect.any(Number));
  });

  it('fails a refused connection and says so', async () => {
    const app = await receiver();
    await app.close();
    const out = await run(app.url);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/refused the connection/);
  });
});

describe('webhook check: reachability and certificate', () => {
  it('fails an untrusted certificate, says so, and delivers nothing', async () => {
    const stranger = await makeCertificateSignedBy(await makeCa({ commonName: 'Unknown CA' }));
    const app = await receiver({}, stranger);
    const out = await run(app.url);
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('the TLS certificate is not signed by a trusted authority (untrusted or incomplete chain)');
    expect(out.hints).toEqual([expect.stringMatching(/public certificate authority/)]);
    expect(app.events).toHaveLength(0);
  });

  it('fails an expired certificate, with its date', async () => {
    const app = await receiver({}, await makeCertificateSignedBy(ca, { days: -1 }));
    const out = await run(app.url);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/^the TLS certificate has expired \(on \d{4}-\d\d-\d\d\)$/);
    expect(app.events).toHaveLength(0);
  });

  it('fails a certificate for another host, naming what it is for', async () => {
    const app = await receiver({}, await makeCertificateSignedBy(ca, { altNames: ['wrong.example'] }));
    const out = await run(app.url.replace('127.0.0.1', 'localhost'));
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('the TLS certificate does not match the host name (it is for DNS:wrong.example)');
  });

  it('warns when the certificate expires within 14 days, with the date', async () => {
    const app = await receiver({}, await makeCertificateSignedBy(ca, { days: 7 }));
    const out = await run(app.url);
    expect(out.status).toBe('warn');
    const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    expect(out.summary).toMatch(new RegExp(`; the TLS certificate expires on ${date} \\(in 7 days\\)$`));
    expect(out.hints[0]).toMatch(/Renew/);
  });

  it('refuses a private host without allow-private-webhook, before sending anything', async () => {
    const app = await receiver();
    const out = await run(app.url, { 'allow-private-webhook': 'false' });
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/^webhook-url host 127\.0\.0\.1 resolves to 127\.0\.0\.1 \(loopback\): not publicly reachable$/);
    expect(out.hints[0]).toMatch(/allow-private-webhook: true/);
    expect(app.events).toHaveLength(0);
  });

  it('refuses a name that resolves to the metadata address, in production too', async () => {
    const metadata: LookupFunction = (_name, _opts, callback) => callback(null, [{ address: '169.254.169.254', family: 4 }]);
    const out = await run('https://hooks.test/webhooks', { environment: 'production', 'allow-private-webhook': 'false' }, { lookup: metadata });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('webhook-url host hooks.test resolves to 169.254.169.254 (cloud metadata service): not publicly reachable');
  });

  it('connects only to the address it checked, whatever a second DNS answer says', async () => {
    const app = await receiver();
    let asked = 0;
    // A rebinding resolver: the checked answer first, then a different one.
    const rebinding: LookupFunction = (_name, _opts, callback) => callback(null, [{ address: asked++ === 0 ? '127.0.0.1' : '10.9.9.9', family: 4 }]);
    const out = await run(app.url.replace('127.0.0.1', 'hooks.test'), {}, { lookup: rebinding });
    expect(out.status).toBe('pass');
    expect(asked).toBe(1);
    expect(out.details[0]).toBe('webhook-url host hooks.test resolves to 127.0.0.1 (loopback): not publicly reachable, allowed by allow-private-webhook');
  });

  it('fails plain http in production and allows it for loopback in staging', async () => {
    const app = await startReceiver({ secret: SECRET });
    open.push(app);
    const prod = await run(app.url, { environment: 'production' });
    expect(prod.status).toBe('fail');
    expect(prod.summary).toMatch(/^not run: webhook-url uses plain http/);
    const staging = await run(app.url);
    expect(staging.status).toBe('pass');
    expect(staging.details).toContain('Plain http (staging, loopback host): no TLS certificate to check');
  });

  it('does not run without a URL or a secret', async () => {
    expect((await run('')).summary).toBe('not run: no webhook-url');
    expect((await run('https://app.example/hook', { 'webhook-secret': '' })).summary).toBe('not run: no webhook-secret');
  });
});

describe('webhook-latency-ms output', () => {
  it('is the genuine probe’s time, and empty when it was not measured', async () => {
    const app = await receiver();
    const out = await run(app.url);
    const report = (data: Record<string, unknown>) =>
      buildReport({
        mode: 'preflight',
        environment: 'staging',
        failOn: 'failure',
        startedAt: new Date(),
        durationMs: 1,
        checks: [{ id: 'webhook', title: 'Webhook round trip', ...out, data, durationMs: 1 }]
      });
    expect(reportOutputs(report(out.data), '')['webhook-latency-ms']).toBe(String(out.data.latencyMs));
    expect(reportOutputs(report({ latencyMs: undefined }), '')['webhook-latency-ms']).toBe('');
  });
});
