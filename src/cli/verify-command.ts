/**
 * `verify --signature VALUE --body-file FILE`: is this captured delivery genuine for
 * MONCRENEAU_WEBHOOK_SECRET, and if not, which trap explains it: the webhook check's own words
 * for it, what happened and what to change in the application.
 */
import { open } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { makeRedactor } from '../redact.js';
import { SIGNATURE_HEADER } from '../webhook/signature.js';
import { analyseDelivery } from '../webhook/trap-analysis.js';
import { trapHint, trapLine } from '../webhook/traps.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { PROGRAM } from './help.js';
import type { Terminal } from './terminal.js';
import { terminalSafe } from './terminal-text.js';
import { webhookSecret } from './webhook-secret.js';

/** Far above any webhook body; a larger file is not a delivery. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export const VERIFY_HELP = `Usage: ${PROGRAM} verify --signature <header value> --body-file <file>

Checks a captured delivery against MONCRENEAU_WEBHOOK_SECRET: exit 0 when the signature is valid
for these exact bytes, 1 when it is not, with the reason (prefix, header name, re-serialised or
indented body, trailing newline, blanks around the secret, or another secret).

  --signature <value>          default: (none, required). The ${SIGNATURE_HEADER} header's value, sha256=<hex>
  --body-file <file>           default: (none, required). The raw request body, byte for byte; - reads it
                               from standard input
  --webhook-secret <secret>    default: $MONCRENEAU_WEBHOOK_SECRET (as a flag it warns: shell history)
  --help                       this text`;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        signature: { type: 'string' },
        'body-file': { type: 'string' },
        'webhook-secret': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]!.replace(/\. To specify .*$/, '')} (see ${PROGRAM} verify --help)`);
  }
}

/** Standard input, bounded: `--body-file -`. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new UsageError(`--body-file -: more than ${MAX_BODY_BYTES} bytes on standard input, more than a webhook delivery`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The file's bytes, refusing what cannot be a delivery before reading it whole. */
async function readBody(path: string): Promise<Buffer> {
  if (path === '-') return readStdin();
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : (code ?? (error as Error).message);
    throw new UsageError(`--body-file: cannot read ${path}: ${why}; save the delivery's raw body to a file first, or give - to read it from standard input`);
  }
  try {
    const { size } = await file.stat();
    if (size > MAX_BODY_BYTES) throw new UsageError(`--body-file: ${path} has ${size} bytes, more than a webhook delivery (${MAX_BODY_BYTES})`);
    return await file.readFile();
  } finally {
    await file.close();
  }
}

export async function runVerify(argv: readonly string[], terminal: Terminal): Promise<ExitCode> {
  const { values } = parse(argv);
  if (values.help) {
    terminal.out(VERIFY_HELP);
    return EXIT.ok;
  }
  if (values.signature === undefined) throw new UsageError(`--signature is required: the ${SIGNATURE_HEADER} header's value`);
  if (values['body-file'] === undefined) throw new UsageError('--body-file is required: a file holding the raw request body');
  const secret = webhookSecret(values['webhook-secret'], terminal);
  const body = await readBody(values['body-file']);
  const say = (text: string) => terminal.out(terminalSafe(makeRedactor([secret])(text)));

  const verdict = analyseDelivery({ body, signature: values.signature, secret });
  if (verdict.valid) {
    say(
      `✔ valid: the signature matches the ${body.length} bytes of ${values['body-file'] === '-' ? 'standard input' : values['body-file']} with MONCRENEAU_WEBHOOK_SECRET.`
    );
    return EXIT.ok;
  }
  if (verdict.kind === 'malformed') say(`✖ not a MONCRENEAU signature: ${verdict.problem}.`);
  else if (verdict.kind === 'unexplained') say(`✖ not valid for these ${body.length} bytes: ${verdict.problem}.`);
  else say(`✖ not valid as given, and explained:`);
  for (const trap of verdict.traps) {
    say(`  - ${trapLine(trap)}.`);
    say(`    ${trapHint(trap)}`);
  }
  return EXIT.blocked;
}
