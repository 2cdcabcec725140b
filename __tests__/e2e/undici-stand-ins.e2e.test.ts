/**
 * The built bundle under Node 24, with undici's HTTP/2 client and fetch body module left out
 * (scripts/bundle.mjs): a preflight over HTTPS (the API double and a webhook receiver) passes,
 * and Node never loads node:http2 for it. A probe preloaded through NODE_OPTIONS writes the
 * modules Node loaded when the process exits.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCa, makeCertificateSignedBy } from '../../sandbox/certificate.mjs';
import { startDouble, type Double } from '../../sandbox/moncreneau-double.mjs';
import { startReceiver, type Receiver } from '../../sandbox/webhook-receiver.mjs';
import { runBundle } from '../helpers/run-bundle.js';

const SECRET = 'whsec_standIns_7Qw2Lp9Xc4Nv';
let dir: string;
let double: Double;
let receiver: Receiver;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gate-stand-ins-'));
  const ca = await makeCa();
  const cert = await makeCertificateSignedBy(ca);
  writeFileSync(join(dir, 'ca.pem'), ca.cert);
  writeFileSync(
    join(dir, 'probe.cjs'),
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED_FILE, process.moduleLoadList.join('\\n')));\n"
  );
  double = await startDouble({ https: { ...cert, ca: ca.cert } });
  receiver = await startReceiver({ secret: SECRET, https: cert, confirm: false });
});
afterAll(async () => {
  await Promise.all([double.close(), receiver.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('bundle: the undici modules left out', () => {
  it('when a preflight runs over HTTPS then it passes and Node never loads node:http2', async () => {
    const loadedFile = join(dir, 'loaded.txt');
    const run = await runBundle(
      {
        environment: 'staging',
        'api-url': double.url,
        'api-key': double.keys.test,
        'webhook-url': receiver.url,
        'webhook-secret': SECRET,
        'allow-private-webhook': 'true',
        'pr-comment': 'false'
      },
      { NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem'), NODE_OPTIONS: `--require ${join(dir, 'probe.cjs')}`, LOADED_FILE: loadedFile }
    );
    expect([run.code, run.outputs.result, run.outputs['failed-checks']]).toEqual([0, 'pass', '']);
    const loaded = readFileSync(loadedFile, 'utf8').split('\n');
    // The probe saw the run: TLS and undici's HTTP/1.1 client were loaded.
    expect(loaded).toEqual(expect.arrayContaining(['NativeModule tls', 'NativeModule http']));
    expect(loaded.filter((name) => /\bhttp2\b/.test(name))).toEqual([]);
  });
});
