/**
 * The webhook check against apps built exactly as each official SDK README shows, then with
 * the fixes a developer makes one at a time: at each stage the verdict, and exactly the traps
 * still there, are named (and no trap that does not apply). Real HTTP on 127.0.0.1.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { webhookCheck } from '../../src/checks/webhook.js';
import type { CheckOutcome } from '../../src/engine/check.js';
import { contextFor } from '../helpers/check-context.js';
import { sdkHandler, type Fixes, type Sdk } from './receivers/sdk-receivers.js';
import { startEndpoint, type Endpoint } from './receivers/server.js';
import { trapsNamed } from './receivers/traps-named.js';

const SECRET = 'whsec_sdk_receivers_s3cr3t';
const open: Endpoint[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close()));
});

async function check(sdk: Sdk, fixes: Fixes, appSecret = SECRET): Promise<CheckOutcome & { endpoint: Endpoint }> {
  const endpoint = await startEndpoint(sdkHandler(sdk, appSecret, fixes));
  open.push(endpoint);
  const ctx = contextFor({
    environment: 'staging',
    'allow-private-webhook': 'true',
    'webhook-url': endpoint.url,
    'webhook-secret': SECRET,
    'webhook-timeout-ms': '2000'
  });
  const out = await webhookCheck.run(ctx);
  expect(JSON.stringify(out)).not.toContain('s3cr3t');
  return { ...out, endpoint };
}

const M = 'X-Moncreneau-Signature';
const W = 'X-Webhook-Signature';
const ALL = { header: true, prefix: true, rawBody: true, missing: true };

describe.each<[Sdk, [string, Fixes, 'pass' | 'warn' | 'fail', string[], RegExp | null][]]>([
  [
    'node',
    [
      ['as its README shows', {}, 'fail', ['wrong-header', 'prefix-kept', 'reserialised:compact'], /Node SDK README/],
      ['header fixed', { header: true }, 'fail', ['prefix-kept', 'reserialised:compact'], null],
      ['header and prefix fixed', { header: true, prefix: true }, 'fail', ['reserialised:compact'], null],
      ['raw body hashed (express.raw)', { header: true, prefix: true, rawBody: true }, 'pass', [], null]
    ]
  ],
  [
    'python',
    [
      ['as its README shows', {}, 'fail', ['wrong-header', 'prefix-kept', 'reserialised:python', `throws:${W}:500`], /Python SDK README/],
      ['header fixed', { header: true }, 'fail', ['prefix-kept', 'reserialised:python', `throws:${M}:500`], null],
      ['header and prefix fixed', { header: true, prefix: true }, 'fail', ['reserialised:python', `throws:${M}:500`], null],
      ['raw body hashed (request.get_data())', { header: true, prefix: true, rawBody: true }, 'warn', [], null],
      ['401 to a missing signature', ALL, 'pass', [], null]
    ]
  ],
  [
    'php',
    [
      ['as its README shows', {}, 'fail', ['wrong-header', 'prefix-kept', `throws:${W}:500`], /PHP SDK README/],
      ['header fixed', { header: true }, 'fail', ['prefix-kept', `throws:${M}:500`], null],
      ['header and prefix fixed', { header: true, prefix: true }, 'warn', [], null],
      ['401 to a missing signature', { header: true, prefix: true, missing: true }, 'pass', [], null],
      ['but hashing json_encode of the decoded body', { header: true, prefix: true, missing: true, rawBody: false }, 'fail', ['reserialised:php'], null]
    ]
  ],
  [
    'java',
    [
      ['as its README shows', {}, 'fail', ['wrong-header', 'prefix-kept'], /Java SDK README/],
      ['header fixed', { header: true }, 'fail', ['prefix-kept'], null],
      ['header and prefix fixed', { header: true, prefix: true }, 'pass', [], null],
      ['but hashing a Map written back by Jackson', { header: true, prefix: true, rawBody: false }, 'fail', ['reserialised:compact'], null]
    ]
  ]
])('an app built with the %s SDK', (sdk, stages) => {
  it.each(stages)('%s', async (_stage, fixes, status, traps, sdkLine) => {
    const out = await check(sdk, fixes);
    expect(out.status).toBe(status);
    expect(trapsNamed(out)).toEqual(traps);
    if (status === 'fail') {
      expect(out.summary).toMatch(
        new RegExp(`^the correctly signed test event (was rejected \\(401|failed with 500) in \\d+ ms\\)?: ${traps.length} verifier traps? found: `)
      );
      // One hint per trap, then the SDK note when the README's verifier is matched exactly.
      expect(out.hints).toHaveLength(traps.length + (sdkLine ? 1 : 0));
      if (sdkLine) expect(out.hints.at(-1)).toMatch(sdkLine);
      else expect(out.hints.join('\n')).not.toMatch(/SDK README/);
    }
    if (status === 'warn') expect(out.hints).toEqual([expect.stringMatching(/^Answer 401 when X-Moncreneau-Signature is missing/)]);
    // A passing check sent the four probes only: no diagnosis round.
    if (status === 'pass') expect(out.endpoint.requests).toHaveLength(4);
  });

  it('with the wrong secret: names the wrong secret, and nothing it cannot see', async () => {
    const out = await check(sdk, ALL, 'whsec_another_environment');
    expect(out.status).toBe('fail');
    expect(trapsNamed(out)).toEqual(['wrong-secret']);
  });
});

describe('hints in the application’s words', () => {
  it('says which header to read, which prefix to strip and how to hash the raw body, per framework', async () => {
    const node = await check('node', {});
    const hints = node.hints.join('\n');
    expect(hints).toMatch(/Read the signature from X-Moncreneau-Signature, not X-Webhook-Signature/);
    expect(hints).toMatch(/Strip the sha256= prefix/);
    expect(hints).toMatch(/express\.raw\(\{ type: 'application\/json' \}\)/);
    const python = await check('python', { header: true, prefix: true });
    expect(python.hints.join('\n')).toMatch(/request\.get_data\(\)/);
    expect(python.hints.join('\n')).toMatch(/Answer 401 when X-Moncreneau-Signature is missing/);
    const php = await check('php', { header: true, prefix: true, missing: true, rawBody: false });
    expect(php.hints.join('\n')).toMatch(/file_get_contents\('php:\/\/input'\)/);
  });

  it('no longer says a crashing Python app "fails before it verifies anything"', async () => {
    const out = await check('python', {});
    expect(out.summary).toMatch(/^the correctly signed test event failed with 500/);
    expect([out.summary, ...out.hints].join('\n')).not.toMatch(/fails before it verifies anything/);
  });

  it('sends every diagnosis variant as its own correctly signed test event', async () => {
    const out = await check('node', {});
    const ids = out.endpoint.requests.map((r) => JSON.parse(r.raw.toString('utf8')).id);
    expect(ids.length).toBeGreaterThan(4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
