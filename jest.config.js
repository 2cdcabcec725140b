/** ESM TypeScript through ts-jest; type-checking is `npm run typecheck`'s job. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNode24 } from './scripts/node24.mjs';

/** Test files that run the built action, which needs Node 24 as the runner has it. */
function bundleTests(dir = '__tests__') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return bundleTests(path);
    return entry.name.endsWith('.test.ts') && /helpers\/run-bundle\.js'/.test(readFileSync(path, 'utf8')) ? [path] : [];
  });
}

const node24 = findNode24();
const leftOut = [];
if (!node24.ok) {
  // In CI a missing Node 24 is a failure, not a reason to test less.
  if (process.env.CI) throw new Error(`The end-to-end tests need Node 24: ${node24.reason}`);
  leftOut.push(...bundleTests());
  console.warn(`\n⚠️  Skipping ${leftOut.length} test files that run the built action: ${node24.reason}\n`);
}

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...leftOut.map((path) => `/${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)],
  testTimeout: 30000
};
