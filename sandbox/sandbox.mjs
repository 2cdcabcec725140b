// The MONCRENEAU double plus a verifying webhook receiver, wired together, with the lines that
// point the gate at them. Started by `npm run sandbox` (sandbox-cli.mjs) and by the command
// line's `moncreneau-deploy-gate sandbox`, which bundles this file.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCa, makeCertificateSignedBy } from './certificate.mjs';
import { DEFAULT_DEPARTMENTS, startDouble } from './moncreneau-double.mjs';
import { startReceiver } from './webhook-receiver.mjs';

/** @param {string} program */
const usage = (program) => `Usage: ${program} [--https] [--port N] [--receiver-port N] [--credits N]
         [--webhook-url URL --webhook-secret SECRET] [--write-env PATH]
  --https           serve both the API and the receiver over HTTPS with a throwaway CA (the
                    gate accepts plain http only in staging, with the test key)
  --port N          API port (default: a free one)
  --receiver-port N webhook receiver port (default: a free one)
  --credits N       starting credits of each environment (default 500)
  --webhook-url URL deliver webhooks to your own endpoint instead of the built-in receiver
  --webhook-secret SECRET  the secret they are signed with (your endpoint's; needed with --webhook-url)
  --write-env PATH  also write the variables as KEY=VALUE lines to PATH once everything is
                    listening (for a workflow: cat PATH >> "$GITHUB_ENV")`;

/** @param {string | undefined} value @param {string} name @param {number} fallback */
function wholeNumber(value, name, fallback) {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number, got '${value}'`);
  return Number(value);
}

/** Quotes a value for a POSIX shell line. @param {string} value */
const shellQuote = (value) => `'${value.replaceAll("'", `'\\''`)}'`;

/**
 * Starts the sandbox and prints how to use it; resolves once everything listens, with `close`.
 * Resolves with undefined after printing the help when --help was asked for.
 * @param {string[]} argv
 * @param {{ program?: string, gateCommand?: string, print?: (text: string) => void }} [options]
 *   gateCommand: how the printed lines run the gate (`node dist/cli.js` from a clone)
 * @returns {Promise<{ close: () => Promise<void> } | undefined>}
 */
export async function startSandbox(argv, { program = 'node sandbox/sandbox-cli.mjs', gateCommand = 'node dist/cli.js', print = console.log } = {}) {
  const { values } = parseArgs({
    args: argv,
    options: {
      https: { type: 'boolean', default: false },
      port: { type: 'string' },
      'receiver-port': { type: 'string' },
      credits: { type: 'string' },
      'webhook-url': { type: 'string' },
      'webhook-secret': { type: 'string' },
      'write-env': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    }
  });
  if (values.help) return void print(usage(program));
  if (values['webhook-url'] && !values['webhook-secret']) throw new Error('--webhook-url needs --webhook-secret');
  const port = wholeNumber(values.port, 'port', 0);
  const receiverPort = wholeNumber(values['receiver-port'], 'receiver-port', 0);
  const credits = wholeNumber(values.credits, 'credits', 500);

  // One CA signs both servers, so one NODE_EXTRA_CA_CERTS file lets the gate trust both.
  const ca = values.https ? await makeCa() : undefined;
  const leaf = ca ? await makeCertificateSignedBy(ca, { altNames: ['localhost', '127.0.0.1', '::1'] }) : undefined;
  const tlsDir = ca ? mkdtempSync(join(tmpdir(), 'moncreneau-sandbox-')) : undefined;
  const caFile = tlsDir && ca ? join(tlsDir, 'ca.pem') : undefined;
  if (caFile && ca) writeFileSync(caFile, ca.cert);

  const secret = values['webhook-secret'] ?? `whsec_${randomBytes(24).toString('hex')}`;
  const receiver = values['webhook-url'] ? undefined : await startReceiver({ secret, port: receiverPort, https: leaf });
  const webhookUrl = values['webhook-url'] ?? /** @type {NonNullable<typeof receiver>} */ (receiver).url;
  const cleanUp = async () => {
    await receiver?.close();
    if (tlsDir) rmSync(tlsDir, { recursive: true, force: true });
  };
  const double = await startDouble({
    port,
    credits,
    https: leaf && ca ? { ...leaf, ca: ca.cert } : false,
    webhook: { url: webhookUrl, secret, ca: ca?.cert }
  }).catch(async (error) => {
    await cleanUp(); // e.g. the port is taken: leave nothing running behind
    throw error;
  });

  /** @type {[string, string][]} */
  const facts = [
    ['API', double.url],
    ['live key', double.keys.live],
    ['test key', double.keys.test],
    ['webhook URL', `${webhookUrl}${receiver ? '  (built-in verifying receiver)' : ''}`],
    ['webhook secret', secret],
    ...(receiver ? [/** @type {[string, string]} */ (['confirm', `GET ${receiver.origin}/confirm/{appointmentId}/{event}`])] : []),
    ['departments', DEFAULT_DEPARTMENTS.map((d) => `${d.id} ${d.name}`).join(', ')],
    ...(caFile ? [/** @type {[string, string]} */ (['CA file', caFile])] : [])
  ];
  const lines = [
    'MONCRENEAU sandbox is running. Ctrl-C to stop.',
    '',
    ...facts.map(([label, value]) => `${label.padEnd(15)}${value}`),
    '',
    ...(caFile
      ? ['# Point the gate at the sandbox (production, live key; NODE_EXTRA_CA_CERTS trusts its CA):']
      : [
          '# Point the gate at the sandbox. Plain http is accepted only in staging with the test key,',
          '# as the command below runs it; for production and the live key, restart with --https.'
        ]),
    `export MONCRENEAU_API_URL=${shellQuote(double.url)}`,
    `export MONCRENEAU_API_KEY=${shellQuote(double.keys.live)}`,
    `export MONCRENEAU_WEBHOOK_URL=${shellQuote(webhookUrl)}`,
    `export MONCRENEAU_WEBHOOK_SECRET=${shellQuote(secret)}`,
    ...(caFile ? [`export NODE_EXTRA_CA_CERTS=${shellQuote(caFile)}`] : []),
    '# Then run the gate against it (the webhook receiver is on loopback, so allow a private host):',
    caFile
      ? `${gateCommand} preflight --allow-private-webhook true`
      : `MONCRENEAU_API_KEY=${shellQuote(double.keys.test)} ${gateCommand} preflight --environment staging --allow-private-webhook true`,
    // The README's smoke example books in department 5, which the double does not have.
    ...(receiver
      ? [
          `# Smoke mode books in one of the departments above${caFile ? '' : ' (staging and the test key again)'}, and the receiver confirms each webhook:`,
          `${caFile ? '' : `MONCRENEAU_API_KEY=${shellQuote(double.keys.test)} `}${gateCommand} smoke ${caFile ? '' : '--environment staging '}--department-id ${DEFAULT_DEPARTMENTS[0].id} --webhook-confirm-url ${shellQuote(`${receiver.origin}/confirm/{appointmentId}/{event}`)}`
        ]
      : [])
  ];
  if (values['write-env']) {
    /** @type {[string, string][]} */
    const variables = [
      ['MONCRENEAU_API_URL', double.url],
      ['MONCRENEAU_API_KEY', double.keys.live],
      ['MONCRENEAU_TEST_API_KEY', double.keys.test],
      ['MONCRENEAU_WEBHOOK_URL', webhookUrl],
      ['MONCRENEAU_WEBHOOK_SECRET', secret],
      ...(receiver ? [/** @type {[string, string]} */ (['MONCRENEAU_CONFIRM_URL', `${receiver.origin}/confirm/{appointmentId}/{event}`])] : []),
      ...(caFile ? [/** @type {[string, string]} */ (['NODE_EXTRA_CA_CERTS', caFile])] : [])
    ];
    // Written whole and renamed, so a reader waiting for the file never sees half of it.
    const temporary = `${values['write-env']}.partial`;
    writeFileSync(temporary, variables.map(([name, value]) => `${name}=${value}\n`).join(''));
    renameSync(temporary, values['write-env']);
  }
  print(lines.join('\n'));
  return {
    close: async () => {
      await Promise.all([double.close(), cleanUp()]);
    }
  };
}
