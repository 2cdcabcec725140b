/** The User-Agent names the version users run: it must be the package's. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { GATE_VERSION, USER_AGENT } from '../src/version.js';

describe('version', () => {
  it('equals package.json’s, and the User-Agent carries it', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(GATE_VERSION).toBe(pkg.version);
    expect(USER_AGENT).toBe(`moncreneau-deploy-gate/${pkg.version}`);
  });
});
