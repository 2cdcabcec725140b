/** The command line's help texts: every flag with its default. */
import { inputSpec, type InputName } from '../settings/input-table.js';
import { defaultInWords, FORMATS, INPUT_FLAGS, type GateCommand } from './gate-flags.js';

export const PROGRAM = 'moncreneau-deploy-gate';

export const TOP_HELP = `${PROGRAM}: the MONCRENEAU deploy gate outside GitHub Actions, and webhook tools.

Usage:
  ${PROGRAM} preflight|smoke|watch [--<input> <value>]... [--format F] [--output FILE]
  ${PROGRAM} trigger <event-type> --url <webhook-url> [--set <path>=<value>]...
  ${PROGRAM} verify --signature <header value> --body-file <file>
  ${PROGRAM} sandbox [--https]
  ${PROGRAM} --help | <command> --help

Commands:
  preflight  checks before promotion: config, api, webhook, credits
  smoke      books a live test appointment, sees its webhooks confirmed, cancels it
  watch      watches production after the deploy against rollback criteria
  trigger    sends your application one correctly signed MONCRENEAU event
  verify     checks a captured delivery's signature, and says why it does not match
  sandbox    a local MONCRENEAU API and webhook endpoint to develop against

Secrets come from the environment: MONCRENEAU_API_KEY, MONCRENEAU_WEBHOOK_SECRET.
Exit codes: 0 promotable (or: 2xx answer, valid signature), 1 blocked (or: not 2xx, invalid),
2 invalid input or usage, 3 a fault of the gate itself.`;

const WHAT: Record<GateCommand, string> = {
  preflight: 'Checks, before promotion, that keys, API access, the webhook endpoint and credits are ready.',
  smoke: 'Books a live test appointment, sees its webhooks confirmed, cancels it and checks the refund.',
  watch: 'Watches production after the deploy and says whether to roll back.'
};

function flagLine(name: InputName, description: string): string[] {
  const head = `  --${name} <value>`;
  const text = description.replace(/^(Smoke|Watch) mode - /i, '');
  return [`${head}${' '.repeat(Math.max(2, 34 - head.length))}default: ${defaultInWords(name)}`, ...(text ? [`      ${text}`] : [])];
}

export function gateHelp(command: GateCommand): string {
  const groups = { general: [] as string[], smoke: [] as string[], watch: [] as string[] };
  for (const name of INPUT_FLAGS) {
    const spec = inputSpec(name);
    groups[spec.group ?? 'general'].push(...flagLine(name, spec.description));
  }
  const others: Record<GateCommand, ('smoke' | 'watch')[]> = { preflight: ['smoke', 'watch'], smoke: ['smoke', 'watch'], watch: ['watch', 'smoke'] };
  const order = ['general', ...others[command]] as const;
  const titles = { general: "Inputs (the action's, same names and defaults)", smoke: 'Smoke mode inputs', watch: 'Watch mode inputs' };
  return [
    `Usage: ${PROGRAM} ${command} [--<input> <value>]... [--format F] [--output FILE]`,
    '',
    WHAT[command],
    '',
    'Output:',
    `  --format <F>                    default: text. One of ${FORMATS.join(', ')}: text is for reading;`,
    '      markdown is the job summary, json the JSON report, junit a JUnit XML file (one test case per check)',
    '  --output <FILE>                 default: (none). Writes the format to FILE and keeps readable text on',
    '      the terminal; without it, a format other than text goes to standard output',
    '  --help                          this text',
    '',
    ...order.flatMap((g) => [`${titles[g]}:`, ...groups[g], '']),
    'Secrets come from MONCRENEAU_API_KEY and MONCRENEAU_WEBHOOK_SECRET; as flags they work, with a warning.',
    'Exit codes: 0 promotable, 1 blocked by a check, 2 invalid input or usage, 3 a fault of the gate.'
  ].join('\n');
}
