#!/usr/bin/env node
// `npm run demo`: the whole gate on a fresh clone, with no account and no network. Starts the
// local MONCRENEAU double and a verifying webhook receiver over HTTPS on loopback, runs the
// built gate (dist/index.js) against them as the runner would, prints each job summary, and
// shows both verdicts: a deploy that may be promoted, then one blocked by low credits.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCa, makeCertificateSignedBy } from '../sandbox/certificate.mjs';
import { startDouble } from '../sandbox/moncreneau-double.mjs';
import { startReceiver } from '../sandbox/webhook-receiver.mjs';
import { runGate } from './run-gate.mjs';

const work = mkdtempSync(join(tmpdir(), 'moncreneau-demo-'));

// One throwaway CA signs both servers; the gate trusts it the way a runner trusts a real CA.
const ca = await makeCa();
const leaf = await makeCertificateSignedBy(ca, { altNames: ['localhost', '127.0.0.1'] });
const caFile = join(work, 'ca.pem');
writeFileSync(caFile, ca.cert);

const secret = `whsec_${randomBytes(24).toString('hex')}`;
const receiver = await startReceiver({ secret, https: leaf });
const double = await startDouble({ https: { ...leaf, ca: ca.cert }, credits: 500 });

/** Runs the built gate once against the double and prints its job summary. */
async function show(label) {
  const run = await runGate(
    {
      mode: 'preflight',
      environment: 'production',
      'api-url': double.url,
      'api-key': double.keys.live,
      'webhook-url': receiver.url,
      'webhook-secret': secret,
      // The receiver runs on this machine, which a real production endpoint never does.
      'allow-private-webhook': 'true',
      'timeout-seconds': '30'
    },
    { env: { NODE_EXTRA_CA_CERTS: caFile } }
  );
  console.log(`\n━━━ ${label} ━━━ exit code ${run.code}\n`);
  console.log(run.summary || run.stdout);
  if (run.stderr) console.log(run.stderr);
  return { code: run.code, result: run.outputs.result ?? '', failed: run.outputs['failed-checks'] ?? '' };
}

let ok;
try {
  const good = await show('1. A deploy ready for production (500 credits)');
  double.state.live.credits = 30;
  const blocked = await show('2. The same deploy with 30 credits left: blocked');
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
