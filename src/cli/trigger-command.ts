/**
 * `trigger <event-type> --url URL`: sends the application one correctly signed MONCRENEAU event,
 * through the gate's own signing and HTTP client (time limit, body bound, no redirects).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createHttpClient } from '../http/http-client.js';
import { proxySettingsFrom } from '../http/proxy-rules.js';
import { makeRedactor } from '../redact.js';
import { EVENT_HEADER, SIGNATURE_HEADER, sign } from '../webhook/signature.js';
import { eventFixture, EVENT_TYPES, isEventType, type JsonObject } from './event-fixtures.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { PROGRAM } from './help.js';
import { setField } from './set-path.js';
import type { Terminal } from './terminal.js';
import { terminalSafe } from './terminal-text.js';
import { warnIfPadded, webhookSecret, wholeMs } from './webhook-secret.js';

const DEFAULT_TIMEOUT_MS = 5000;
const MAX_ANSWER_BYTES = 64 * 1024;
const SHOWN_ANSWER_CHARS = 300;

export const TRIGGER_HELP = `Usage: ${PROGRAM} trigger <event-type> --url <webhook-url> [--set <path>=<value>]...

Sends your application one correctly signed MONCRENEAU event, signed with MONCRENEAU_WEBHOOK_SECRET,
and prints the status, the time and the signature header sent. Exit 0 on a 2xx answer, 1 otherwise.

Event types: ${EVENT_TYPES.join(', ')}

  --url <webhook-url>          default: (none, required). Your endpoint, http or https
  --set <path>=<value>         default: (none). Overrides a field, repeatable: --set data.object.id=42
                               (the value is read as JSON when it parses: 42, true, null, "42")
  --timeout-ms <ms>            default: ${DEFAULT_TIMEOUT_MS}. MONCRENEAU wants an answer within 5 s
  --webhook-secret <secret>    default: $MONCRENEAU_WEBHOOK_SECRET (as a flag it warns: shell history)
  --help                       this text`;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        url: { type: 'string' },
        set: { type: 'string', multiple: true },
        'timeout-ms': { type: 'string' },
        'webhook-secret': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      allowPositionals: true,
      strict: true
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]!.replace(/\. To specify .*$/, '')} (see ${PROGRAM} trigger --help)`);
  }
}

function endpoint(text: string | undefined): URL {
  if (!text) throw new UsageError(`--url is required: your application's webhook endpoint (see ${PROGRAM} trigger --help)`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError('--url is not a URL: expected http(s)://host/path');
  }
  // `localhost:3000/hook` parses, with `localhost:` as its scheme: say what is missing instead.
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && !text.includes('://')) {
    // Not echoed: `user:password@host` parses the same way.
    throw new UsageError('--url has no http:// or https:// in front: give the whole URL, e.g. http://localhost:3000/webhooks/moncreneau');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--url: ${url.protocol} is not http or https`);
  return url;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** What to do about an answer that is not 2xx. */
function hintFor(status: number): string | undefined {
  if (status === 401 || status === 403) {
    return `the endpoint refused a correctly signed event: check it uses this secret, reads ${SIGNATURE_HEADER}, strips its sha256= prefix before comparing the hex, and hashes the raw body (capture one delivery and run ${PROGRAM} verify on it).`;
  }
  if (status >= 300 && status < 400) return 'MONCRENEAU does not follow redirects: give the final URL.';
  if (status >= 500) return 'the endpoint failed while handling the event: see its logs.';
  return undefined;
}

export async function runTrigger(argv: readonly string[], terminal: Terminal): Promise<ExitCode> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    terminal.out(TRIGGER_HELP);
    return EXIT.ok;
  }
  const [type, ...extra] = positionals;
  if (type === undefined) throw new UsageError(`give the event type: one of ${EVENT_TYPES.join(', ')}`);
  if (!isEventType(type)) throw new UsageError(`'${type.slice(0, 60)}' is not a documented event type; expected one of ${EVENT_TYPES.join(', ')}`);
  if (extra.length > 0) throw new UsageError('trigger takes one event type; other values go in flags');
  const url = endpoint(values.url);
  const timeoutMs = wholeMs('timeout-ms', values['timeout-ms'], DEFAULT_TIMEOUT_MS, 600_000);
  const secret = webhookSecret(values['webhook-secret'], terminal);
  warnIfPadded(secret, values['webhook-secret'] !== undefined, terminal);
  const redact = makeRedactor([secret, safeDecode(url.password)]);
  const say = (text: string) => terminal.out(terminalSafe(redact(text)));

  let event: JsonObject = eventFixture(type, `evt_${randomBytes(12).toString('hex')}`, new Date());
  for (const assignment of values.set ?? []) {
    // The type is sent twice, in the body and in X-Moncreneau-Event: one source keeps them equal.
    if (/^type=/.test(assignment)) throw new UsageError("--set type=...: give the event type as the command's argument, so the header and the body agree");
    event = setField(event, assignment);
  }
  // Serialised once: these exact bytes are signed and sent.
  const body = Buffer.from(JSON.stringify(event), 'utf8');
  const signature = sign(secret, body);
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'MONCRENEAU-Webhooks/1 (moncreneau-deploy-gate trigger)',
    [EVENT_HEADER.toLowerCase()]: type,
    [SIGNATURE_HEADER.toLowerCase()]: signature
  };
  // A password in the URL is a secret too: shown masked.
  const display = new URL(url.href);
  if (display.password) display.password = '***';
  say(`POST ${display.href}`);
  say(`${EVENT_HEADER}: ${type}`);
  say(`${SIGNATURE_HEADER}: ${signature}`);
  say(`body (${body.length} bytes): ${body.toString('utf8')}`);

  // Through the proxy the terminal's environment names, as the gate's own requests go.
  const client = createHttpClient({ proxy: proxySettingsFrom(terminal.env) });
  try {
    const outcome = await client.send({ method: 'POST', url, headers, body, timeoutMs, maxBodyBytes: MAX_ANSWER_BYTES });
    if (!outcome.ok) {
      say(`✖ failed after ${Math.round(outcome.timeMs)} ms: ${outcome.failure.message}`);
      return EXIT.blocked;
    }
    const { status, timeMs, body: answer, headers: answerHeaders } = outcome.response;
    const ok = status >= 200 && status < 300;
    say(`${ok ? '✔' : '✖'} ${status} in ${Math.round(timeMs)} ms${timeMs > 5000 ? ' (MONCRENEAU wants an answer within 5 s)' : ''}`);
    const shown = answer.toString('utf8').slice(0, SHOWN_ANSWER_CHARS).trim();
    if (shown) say(`answer: ${shown}${answer.length > SHOWN_ANSWER_CHARS ? ' …' : ''}`);
    if (status >= 300 && status < 400 && answerHeaders.location) say(`location: ${answerHeaders.location}`);
    const hint = ok ? undefined : hintFor(status);
    if (hint) say(`→ ${hint}`);
    return ok ? EXIT.ok : EXIT.blocked;
  } finally {
    await client.close();
  }
}
