/**
 * The bundle's one entry. Run as a file (the runner's `node dist/index.js`), it is the action:
 * it runs the gate and exits, even if a socket is still open. Imported (dist/cli.js, the
 * package's bin), it runs nothing and offers the command line, loaded only then: one bundle,
 * whose chunks both share.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { endOnFault, installLastResort } from './finish/last-resort.js';
import { run } from './main.js';

/** Runs the command line (it exits when its command is done). */
export async function commandLine(): Promise<void> {
  await import('./cli.js');
}

function runAsFile(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (runAsFile()) {
  // Before anything runs: whatever escapes still ends with a summary, the outputs and exit 1.
  installLastResort();
  process.exit(await run().catch(endOnFault));
}
