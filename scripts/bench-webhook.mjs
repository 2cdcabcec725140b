// Budget (a benchmark, not a timed test): the four webhook probes run at once, so
// the webhook check costs about one round trip to the endpoint plus at most 50 ms, not four.
// Runs the BUILT action under Node 24 against a local HTTPS receiver that answers after 100 ms,
// reads the check's durationMs from the JSON report, and compares it with one round trip
// (a fresh TLS connection and one POST, as each probe makes). Run by npm run bench.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCa, makeCertificateSignedBy } from '../sandbox/certificate.mjs';
import { signatureHeader } from '../sandbox/signature.mjs';
import { startReceiver } from '../sandbox/webhook-receiver.mjs';
import { median, NODE24, runGate } from './run-gate.mjs';

const SECRET = 'whsec_benchmark_webhook_secret';
const DELAY_MS = 100;

/** One signed POST over a new TLS connection; resolves with its time in ms. */
function roundTrip(url, ca) {
  const body = Buffer.from('{"id":"evt_bench","type":"appointment.created"}');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = https.request(
      url,
      {
        method: 'POST',
        ca,
        agent: false,
        headers: { 'content-type': 'application/json', 'x-moncreneau-signature': signatureHeader(SECRET, body), 'content-length': body.length }
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(performance.now() - started));
      }
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs the bundle once with checks: webhook; resolves with the check's durationMs from the report. */
async function gateRun({ node, url, caFile }) {
  const run = await runGate(
    {
      mode: 'preflight',
      checks: 'webhook',
      environment: 'staging',
      'webhook-url': url,
      'webhook-secret': SECRET,
      'allow-private-webhook': 'true',
      'pr-comment': 'false'
    },
    { env: { NODE_EXTRA_CA_CERTS: caFile }, node }
  );
  const check = run.report?.checks.find((c) => c.id === 'webhook');
  if (check?.status !== 'pass') throw new Error(`webhook check did not pass: ${check?.status} ${check?.summary}`);
  return check.durationMs;
}

/**
 * Median of `runs` measurements each: one round trip to a receiver that answers after 100 ms,
 * and the webhook check's duration in the built action. The budget holds when
 * checkMs <= roundTripMs + 50.
 */
export async function benchWebhook({ node = NODE24, runs = 5 } = {}) {
  const ca = await makeCa();
  const certificate = await makeCertificateSignedBy(ca, { altNames: ['localhost', '127.0.0.1'] });
  const receiver = await startReceiver({ secret: SECRET, behaviour: 'slow', delayMs: DELAY_MS, https: certificate, confirm: false });
  const caDir = mkdtempSync(join(tmpdir(), 'gate-bench-ca-'));
  const caFile = join(caDir, 'ca.pem');
  writeFileSync(caFile, ca.cert);
  try {
    await roundTrip(receiver.url, ca.cert);
    const trips = [];
    const checks = [];
    for (let i = 0; i < runs; i++) {
      trips.push(await roundTrip(receiver.url, ca.cert));
      checks.push(await gateRun({ node, url: receiver.url, caFile }));
    }
    return { roundTripMs: Math.round(median(trips)), checkMs: Math.round(median(checks)) };
  } finally {
    await receiver.close();
    rmSync(caDir, { recursive: true, force: true });
  }
}
