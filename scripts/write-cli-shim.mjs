#!/usr/bin/env node
// The last step of `npm run build`: dist/cli.js, the package's bin, a shim to the command line's
// own bundle in dist/cli/ (built apart, so its chunk files never clash with the action's).
import { chmodSync, writeFileSync } from 'node:fs';

const SHIM = 'dist/cli.js';
writeFileSync(
  SHIM,
  `#!/usr/bin/env node
// The moncreneau-deploy-gate command line; its bundle is dist/cli/ (npm run build).
import './cli/index.js';
`
);
chmodSync(SHIM, 0o755);
