/** The command line's entry point (dist/cli.js, the package's bin): runs one command and exits. */
import { faultLine, runCli } from './cli/commands.js';
import { EXIT } from './cli/exit-codes.js';
import { endGateCommandAfterFault } from './cli/gate-command.js';
import { processTerminal } from './cli/terminal.js';
import { installLastResort } from './finish/last-resort.js';
import { standardStreamsWritten } from './io/written-out.js';

// A fault that escapes (an uncaught exception, a rejection, a run long past its deadline) ends as
// in the action, through the run's emergency finish (a booked appointment cancelled, the report
// published), then the report rendered and exit 3: a fault of the gate, never Node's stack trace.
installLastResort(async (_code, error) => {
  if ((await endGateCommandAfterFault()) === undefined) process.stderr.write(`${faultLine(error, process.argv.slice(2), process.env)}\n`);
  await standardStreamsWritten();
  process.exit(EXIT.fault);
});

// A reader that went away (`| head`) ends the output, not the run with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });

const code = await runCli(process.argv.slice(2), processTerminal());
// A report piped to a slower reader (`--format json | jq`) is not cut short by the exit.
await standardStreamsWritten();
process.exit(code);
