#!/usr/bin/env node
// `npm run sandbox`: the sandbox of sandbox.mjs, stopped by Ctrl-C (SIGINT) or SIGTERM.
import { startSandbox } from './sandbox.mjs';

try {
  const sandbox = await startSandbox(process.argv.slice(2));
  if (sandbox) {
    const stop = async (/** @type {string} */ signal) => {
      console.log(`\n${signal}: closing the sandbox`);
      await sandbox.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  }
} catch (error) {
  console.error(`sandbox: ${/** @type {Error} */ (error).message}`);
  process.exitCode = 1;
}
