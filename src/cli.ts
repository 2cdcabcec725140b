/** The command line's entry point (dist/cli.js, the package's bin): runs one command and exits. */
import { runCli } from './cli/commands.js';
import { processTerminal } from './cli/terminal.js';

// A reader that went away (`| head`) ends the output, not the run with a stack trace.
for (const stream of [process.stdout, process.stderr]) stream.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exit(await runCli(process.argv.slice(2), processTerminal()));
