/** The action's entry point: runs the gate and exits, even if a socket is still open. */
import { endOnFault, installLastResort } from './finish/last-resort.js';
import { run } from './main.js';

// Before anything runs: whatever escapes still ends with a summary, the outputs and exit 1.
installLastResort();
process.exit(await run().catch(endOnFault));
