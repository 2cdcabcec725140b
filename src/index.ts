/** The action's entry point: runs the gate and exits, even if a socket is still open. */
import { run } from './main.js';

process.exit(await run());
