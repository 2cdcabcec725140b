#!/usr/bin/env node
// The last step of `npm run build`: dist/cli.js, the package's bin, a shim to the command line
// that the one bundle (dist/index.js) offers.
import { chmodSync, writeFileSync } from 'node:fs';

const SHIM = 'dist/cli.js';
writeFileSync(
  SHIM,
  `#!/usr/bin/env node
// The moncreneau-deploy-gate command line, offered by the bundle (npm run build).
const { commandLine } = await import('./index.js');
await commandLine();
`
);
chmodSync(SHIM, 0o755);
