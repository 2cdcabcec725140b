/**
 * `sandbox [--https]`: the local MONCRENEAU double and a verifying webhook receiver (the
 * sandbox/ modules, bundled into the command line), running until Ctrl-C.
 */
import { basename, relative } from 'node:path';
import { startSandbox } from '../../sandbox/sandbox.mjs';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { PROGRAM } from './help.js';
import type { Terminal } from './terminal.js';

/** How the printed lines run the gate: as it was started, the bin or `node <path>/cli.js`. */
function gateCommand(script: string | undefined): string {
  if (!script || basename(script) !== 'cli.js') return PROGRAM;
  const near = relative(process.cwd(), script);
  return `node ${near && !near.startsWith('..') ? near : script}`;
}

/** Resolves on the first of SIGINT and SIGTERM, with its name. */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (name: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(name);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function runSandboxCommand(argv: readonly string[], terminal: Terminal): Promise<ExitCode> {
  let sandbox;
  const stopped = stopSignal();
  try {
    sandbox = await startSandbox([...argv], { program: `${PROGRAM} sandbox`, gateCommand: gateCommand(process.argv[1]), print: terminal.out });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code?.startsWith('ERR_PARSE_ARGS') || /must be a whole number|needs --/.test(message)) throw new UsageError(`sandbox: ${message.split('\n')[0]}`);
    terminal.err(`error: the sandbox could not start: ${message}`);
    return EXIT.fault;
  }
  if (!sandbox) return EXIT.ok;
  const signal = await stopped;
  terminal.out(`\n${signal}: closing the sandbox`);
  await sandbox.close();
  return EXIT.ok;
}
