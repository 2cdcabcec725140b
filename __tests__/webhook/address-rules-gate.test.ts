/**
 * The address rules as a user meets them: the built gate, given a webhook-url at a special-purpose
 * address, refuses it by name before any connection. Run in a network namespace with no route
 * (`unshare -n`), so a rule that let one through could reach nothing.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { runBundle } from '../helpers/run-bundle.js';

/** `unshare -n` as root, `unshare -rn` (a user namespace) otherwise; null where neither is allowed. */
const NO_NETWORK =
  [
    ['unshare', '-n'],
    ['unshare', '-rn']
  ].find((prefix) => spawnSync(prefix[0]!, [...prefix.slice(1), 'true']).status === 0) ?? null;
// In CI a missing namespace is a failure, not a reason to test less (as a missing Node 24 is).
if (!NO_NETWORK && process.env.CI)
  throw new Error('address-rules-gate: no network namespace can be made (unshare -n / -rn): the address rules must be tried where nothing can leave');
if (!NO_NETWORK) console.warn('address-rules-gate: no network namespace can be made here (unshare -n / -rn), these runs are left out');

const SECRET = 'whsec_address_rules_0123456789ab';

(NO_NETWORK ? describe : describe.skip)('webhook-url at a special-purpose address, through the built gate', () => {
  it.each([
    ['Teredo', '[2001::1]', '2001::1 resolves to 2001::1 (Teredo (2001::/32))'],
    ['IPv6 benchmarking', '[2001:2::10]', '2001:2::10 resolves to 2001:2::10 (benchmarking (2001:2::/48))'],
    ['the 6to4 relay anycast', '192.88.99.1', '192.88.99.1 resolves to 192.88.99.1 (6to4 relay anycast (192.88.99.0/24, deprecated))'],
    ['the IPv6 documentation prefix', '[3fff::1]', '3fff::1 resolves to 3fff::1 (documentation (3fff::/20))'],
    ['an IPv4-mapped AS112 address', '[::ffff:192.175.48.1]', '::ffff:c0af:3001 resolves to ::ffff:c0af:3001 (IPv4-mapped AS112 DNS sink (192.175.48.0/24))'],
    ['the cloud metadata service', '169.254.169.254', '169.254.169.254 resolves to 169.254.169.254 (cloud metadata service)']
  ])('when it is %s then the webhook check fails naming the range', async (_label, host, named) => {
    const run = await runBundle(
      { checks: 'webhook', environment: 'production', 'webhook-url': `https://${host}/webhooks/moncreneau`, 'webhook-secret': SECRET, 'pr-comment': 'false' },
      {},
      { prefix: NO_NETWORK! }
    );
    expect(run.code).toBe(1);
    const webhook = (run.report?.checks as { id: string; status: string; summary: string }[] | undefined)?.find((c) => c.id === 'webhook');
    expect(webhook).toMatchObject({ status: 'fail', summary: `webhook-url host ${named}: not publicly reachable` });
    expect(run.outputs['failed-checks']).toBe('webhook');
  });
});
