/** The command line's entry point (dist/cli.js, the package's bin): runs one command and exits. */
import { runCli } from './cli/commands.js';
import { processTerminal } from './cli/terminal.js';

process.exit(await runCli(process.argv.slice(2), processTerminal()));
