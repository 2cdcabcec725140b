/**
 * Hostile case: a secret of tens of KB (a certificate bundle pasted into webhook-secret by
 * mistake) must not crash the redactor or print the secret in any form: it is refused.
 */
import { describe, expect, it } from '@jest/globals';
import { runBundle } from '../helpers/run-bundle.js';

describe('hostile: a very long secret', () => {
  it('ends with a summary, outputs, and no form of the secret in the log', async () => {
    const secret = `whsec_${'Zq9x'.repeat(8500)}`;
    const run = await runBundle({
      checks: 'config',
      'api-key': 'mk_live_abcdefghijklmnop',
      'webhook-url': 'https://example.invalid/hook',
      'webhook-secret': secret,
      'pr-comment': 'false'
    });
    const shown = `${run.stdout}\n${run.stderr}`
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const base64 = Buffer.from(secret, 'utf8').toString('base64').slice(0, 64);
    expect(shown.includes(base64)).toBe(false);
    expect(run.stderr).not.toContain('Regular expression too large');
    expect(run.summary).toContain('MONCRENEAU deploy gate');
    expect(run.outputs.result).toBeDefined();
  });
});
