/**
 * End to end through the BUILT bundle (dist/index.js under Node 24): the webhook check against
 * apps built as each official SDK README shows names their exact traps in the report and the
 * job summary, a fixed app passes, and an endpoint that verifies nothing but de-duplicates
 * fails. Rebuild first with `npm run build`.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { expectNoSecrets, runBundle } from '../helpers/run-bundle.js';
import { dedupeOnly } from '../webhook/receivers/hostile-receivers.js';
import { sdkHandler, type Sdk } from '../webhook/receivers/sdk-receivers.js';
import { startEndpoint, type Endpoint, type Handler } from '../webhook/receivers/server.js';

const SECRET = 'whsec_E2Etraps_4Nv8Qw2Lp7Xc';
const open: Endpoint[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close()));
});

async function gate(handler: Handler) {
  const endpoint = await startEndpoint(handler);
  open.push(endpoint);
  const run = await runBundle({
    environment: 'staging',
    checks: 'webhook',
    'webhook-url': endpoint.url,
    'webhook-secret': SECRET,
    'allow-private-webhook': 'true',
    'webhook-timeout-ms': '3000',
    'pr-comment': 'false'
  });
  expectNoSecrets(run.allText, [SECRET]);
  const webhook = (run.report!.checks as { id: string; status: string; summary: string; details: string[]; hints: string[] }[]).find(
    (c) => c.id === 'webhook'
  )!;
  return { run, webhook, endpoint };
}

describe('the built action: webhook verifier traps', () => {
  it.each<[Sdk, RegExp, RegExp]>([
    ['node', /: 3 verifier traps found: reads X-Webhook-Signature, sha256= not stripped, hashes JSON\.stringify of the body$/, /Node SDK README/],
    [
      'python',
      /^the correctly signed test event failed with 500 in \d+ ms: 4 verifier traps found: reads X-Webhook-Signature, sha256= not stripped, hashes json\.dumps of the body, fails on a missing header$/,
      /Python SDK README/
    ],
    ['php', /: 3 verifier traps found: reads X-Webhook-Signature, sha256= not stripped, fails on a missing header$/, /PHP SDK README/],
    [
      'java',
      /^the correctly signed test event was rejected \(401 in \d+ ms\): 2 verifier traps found: reads X-Webhook-Signature, sha256= not stripped$/,
      /Java SDK README/
    ]
  ])(
    'an app built as the %s SDK README shows fails, with its traps named',
    async (sdk, summary, note) => {
      const { run, webhook } = await gate(sdkHandler(sdk, SECRET));
      expect(run.code).toBe(1);
      expect(run.outputs['failed-checks']).toBe('webhook');
      expect(webhook.status).toBe('fail');
      expect(webhook.summary).toMatch(summary);
      expect(webhook.hints.at(-1)).toMatch(note);
      expect(webhook.hints[0]).toMatch(/^Read the signature from X-Moncreneau-Signature/);
      expect(run.summary).toContain('❌ Fail');
      expect(run.summary).toMatch(/verifier trap/);
    },
    30_000
  );

  it('the same app, fixed, passes with one round of four deliveries', async () => {
    const { run, webhook, endpoint } = await gate(sdkHandler('node', SECRET, { header: true, prefix: true, rawBody: true }));
    expect(run.code).toBe(0);
    expect(webhook.status).toBe('pass');
    expect(endpoint.requests).toHaveLength(4);
  }, 30_000);

  it('an endpoint that verifies nothing but answers repeats 409 fails', async () => {
    const { run, webhook } = await gate(dedupeOnly(409));
    expect(run.code).toBe(1);
    expect(webhook.summary).toMatch(/^the endpoint accepts forged webhooks/);
  }, 30_000);
});
