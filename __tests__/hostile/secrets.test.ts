/**
 * Hostile cases: servers and users that put secrets where the gate writes (echoed trimmed,
 * padded past a cut, too short to redact). None may reach any output.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { expectNoSecrets, runBundle } from '../helpers/run-bundle.js';
import { hostile, json, secretWindows, type Hostile } from './servers.js';

let server: Hostile | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const KEY = 'mk_test_adversarialKey0123456789';

describe('hostile: secrets', () => {
  it('does not leak an API key stored with a trailing newline when the API echoes the (trimmed) key it received', async () => {
    // The secret was pasted with a newline; the gate sends key.trim(), the redactor only knows the untrimmed value.
    server = await hostile((req, res) =>
      json(res, 401, { error: { code: 'INVALID_API_KEY', message: `key ${String(req.headers['x-api-key'])} is not valid` } })
    );
    const run = await runBundle({
      environment: 'staging',
      'api-url': `${server.url}/api/v1`,
      'api-key': `${KEY}\n`,
      checks: 'config,api',
      'pr-comment': 'false'
    });
    expect(run.code).toBe(1);
    expectNoSecrets(run.allText, [KEY]);
  });

  it('does not show part of the webhook secret when the endpoint echoes it after 365 bytes of padding', async () => {
    // The answer is padded so the secret straddles where a quote is cut: it must be redacted first.
    const secret = 'whsec_adversarialSecret0123456789abcd';
    server = await hostile((_req, res) => {
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end(`${' '.repeat(365)}${secret}`);
    });
    const run = await runBundle({
      environment: 'staging',
      'api-key': KEY,
      'webhook-url': `${server.url}/hook`,
      'webhook-secret': secret,
      'allow-private-webhook': 'true',
      checks: 'webhook',
      'pr-comment': 'false'
    });
    expect(run.code).toBe(1);
    const shown = run.allText
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const leaked = secretWindows(secret).filter((w) => shown.includes(w));
    expect(leaked).toEqual([]);
  });

  it.each(['a', '2', 'pass'])('keeps outputs, summary and report usable with a very short webhook-secret (%j)', async (secret) => {
    // A secret this short is refused as a configuration error; the run must still report it
    // cleanly (no crash, a real result, a readable report), not redact ordinary words.
    const run = await runBundle({ checks: 'config', 'api-key': 'mk_live_adversarialKey0123456789', 'webhook-secret': secret, 'pr-comment': 'false' });
    expect(run.stdout).not.toContain('stopped unexpectedly');
    expect(['pass', 'warn', 'fail']).toContain(run.outputs.result);
    expect(run.report).not.toBeNull();
    expect(Number.isNaN(Date.parse(String(run.report!.startedAt)))).toBe(false);
    const rows = run.summary.split('\n').filter((l) => /^\| Configuration \|/.test(l));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^\| Configuration \| (✅ Pass|⚠️ Warn|❌ Fail|⏭️ Skip) \|/);
  });
});
