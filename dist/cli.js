#!/usr/bin/env node
// The moncreneau-deploy-gate command line; its bundle is dist/cli/ (npm run build).
import './cli/index.js';
