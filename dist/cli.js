#!/usr/bin/env node
// The moncreneau-deploy-gate command line, offered by the bundle (npm run build).
const { commandLine } = await import('./index.js');
await commandLine();
