/**
 * The command line: one command word, then its flags. The webhook tools and the sandbox are
 * loaded only when chosen, so `preflight` starts as fast as the action does.
 */
import { makeRedactor } from '../redact.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { runGateCommand } from './gate-command.js';
import { GATE_COMMANDS } from './gate-flags.js';
import { TOP_HELP } from './help.js';
import type { Terminal } from './terminal.js';
import { terminalSafe } from './terminal-text.js';

type Command = (argv: readonly string[], terminal: Terminal) => Promise<ExitCode>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  // The gate commands are the ones CI runs: loaded with the entry, as the action loads its engine.
  ...Object.fromEntries(GATE_COMMANDS.map((mode) => [mode, async () => (argv: readonly string[], terminal: Terminal) => runGateCommand(mode, argv, terminal)])),
  trigger: async () => (await import('./trigger-command.js')).runTrigger,
  verify: async () => (await import('./verify-command.js')).runVerify,
  sandbox: async () => (await import('./sandbox-command.js')).runSandboxCommand
};

/** Runs one command line; never throws: every end is an exit code, with its reason said. */
export async function runCli(argv: readonly string[], terminal: Terminal): Promise<ExitCode> {
  const [word, ...rest] = argv;
  if (word === undefined || word === '--help' || word === '-h' || word === 'help') {
    (word === undefined ? terminal.err : terminal.out)(TOP_HELP);
    return word === undefined ? EXIT.usage : EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, word) ? COMMANDS[word] : undefined;
  if (!load) {
    const shown = /^[\w.-]{1,40}$/.test(word) ? `'${word}'` : 'given';
    terminal.err(`error: the command ${shown} is not one of ${Object.keys(COMMANDS).join(', ')}. See moncreneau-deploy-gate --help.`);
    return EXIT.usage;
  }
  try {
    return await (
      await load()
    )(rest, terminal);
  } catch (error) {
    if (error instanceof UsageError) {
      terminal.err(`error: ${error.message}`);
      return EXIT.usage;
    }
    terminal.err(faultLine(error, rest, terminal.env));
    return EXIT.fault;
  }
}

/** The one line a fault of the command line ends with: no stack, no secret. */
export function faultLine(error: unknown, argv: readonly string[], env: NodeJS.ProcessEnv): string {
  // Anything the command line was given may be a secret: none of it is repeated.
  const redact = makeRedactor([env.MONCRENEAU_API_KEY ?? '', env.MONCRENEAU_WEBHOOK_SECRET ?? '', ...argv]);
  const message = terminalSafe(redact(error instanceof Error ? error.message : String(error)));
  return `error: the deploy gate stopped unexpectedly: ${message}. Re-run; report it if it persists.`;
}
