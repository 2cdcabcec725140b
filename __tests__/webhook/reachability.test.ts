/** Resolving the webhook host once, judging every address, and pinning the connection to them. */
import { describe, expect, it } from '@jest/globals';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { pinnedLookup, resolveWebhookHost, resolverFrom, type Resolver } from '../../src/webhook/reachability.js';

const answers =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
const options = (resolver: Resolver, allowPrivate = false) => ({ allowPrivate, timeoutMs: 500, signal: new AbortController().signal, resolver });
const url = (host: string) => new URL(`https://${host}/webhooks/moncreneau`);

function lookupOnce(lookup: LookupFunction, name: string, opts: Parameters<LookupFunction>[1]) {
  return new Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number }>((resolve) =>
    lookup(name, opts, (error, address, family) => resolve({ error, address, family }))
  );
}

describe('resolveWebhookHost', () => {
  it('accepts a host whose every address is public, and says where it resolves', async () => {
    const out = await resolveWebhookHost(url('app.example'), options(answers('93.184.216.34', '2606:4700::1')));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.details).toEqual(['webhook-url host app.example resolves to 93.184.216.34 (public), 2606:4700::1 (public)']);
  });

  it.each([
    ['a private address', ['10.0.0.7'], /resolves to 10\.0\.0\.7 \(private \(10\.0\.0\.0\/8\)\): not publicly reachable$/],
    ['cloud metadata service', ['169.254.169.254'], /169\.254\.169\.254 \(cloud metadata service\): not publicly reachable$/],
    ['one private address among public ones', ['93.184.216.34', 'fd00::5'], /resolves to fd00::5 \(unique local \(fc00::\/7\)\): not publicly reachable$/],
    ['an IPv4-mapped loopback', ['::ffff:127.0.0.1'], /IPv4-mapped loopback/]
  ])('refuses a host that resolves to %s', async (_label, addresses, problem) => {
    const out = await resolveWebhookHost(url('app.example'), options(answers(...addresses)));
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problem).toMatch(problem);
    expect(out.hint).toMatch(/allow-private-webhook: true/);
  });

  it('judges an IP literal without asking DNS', async () => {
    const never: Resolver = async () => {
      throw new Error('DNS asked');
    };
    const out = await resolveWebhookHost(url('127.0.0.1:8443'), options(never));
    expect(out).toMatchObject({ ok: false, problem: 'webhook-url host 127.0.0.1 resolves to 127.0.0.1 (loopback): not publicly reachable' });
    const v6 = await resolveWebhookHost(url('[::1]:8443'), options(never, true));
    expect(v6).toMatchObject({ ok: true, details: ['webhook-url host ::1 is loopback: not publicly reachable, allowed by allow-private-webhook'] });
  });

  it('allows private addresses with allow-private-webhook, and says so', async () => {
    const out = await resolveWebhookHost(url('hooks.internal'), options(answers('192.168.1.20'), true));
    expect(out).toMatchObject({
      ok: true,
      details: ['webhook-url host hooks.internal resolves to 192.168.1.20 (private (192.168.0.0/16)): not publicly reachable, allowed by allow-private-webhook']
    });
  });

  it('fails when the host does not resolve, naming it', async () => {
    const missing: Resolver = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    const out = await resolveWebhookHost(url('no-such-host.invalid'), options(missing));
    expect(out).toMatchObject({ ok: false, problem: 'the host name no-such-host.invalid does not resolve (DNS has no such host)' });
  });

  it('gives up on a resolver that hangs, after the timeout', async () => {
    const hang: Resolver = () => new Promise(() => {});
    const started = performance.now();
    const out = await resolveWebhookHost(url('slow.example'), { ...options(hang), timeoutMs: 100 });
    expect(performance.now() - started).toBeLessThan(400);
    expect(out).toMatchObject({ ok: false, problem: 'the host name slow.example did not resolve within 100 ms' });
  });

  it('stops at the run’s deadline', async () => {
    const controller = new AbortController();
    const hang: Resolver = () => new Promise(() => {});
    setTimeout(() => controller.abort(), 20);
    const out = await resolveWebhookHost(url('slow.example'), { ...options(hang), timeoutMs: 10_000, signal: controller.signal });
    expect(out).toMatchObject({ ok: false, problem: 'the run reached its deadline while resolving the host name' });
  });

  it('fails closed on a host that resolves to nothing', async () => {
    const out = await resolveWebhookHost(url('empty.example'), options(answers()));
    expect(out).toMatchObject({ ok: false, problem: 'the host name empty.example resolved to no address' });
  });

  it('reads answers from a callback lookup, one address or all', async () => {
    const single: LookupFunction = (_name, _opts, callback) => callback(null, '10.1.1.1', 4);
    await expect(resolverFrom(single)('x.example')).resolves.toEqual([{ address: '10.1.1.1', family: 4 }]);
    const all: LookupFunction = (_name, _opts, callback) => callback(null, [{ address: '::1', family: 6 }]);
    await expect(resolverFrom(all)('x.example')).resolves.toEqual([{ address: '::1', family: 6 }]);
  });
});

describe('pinnedLookup: the connection uses only the checked addresses', () => {
  const lookup = pinnedLookup('app.example', [
    { address: '93.184.216.34', family: 4 },
    { address: '2606:4700::1', family: 6 }
  ]);

  it('answers with every checked address when asked for all', async () => {
    const out = await lookupOnce(lookup, 'app.example', { all: true });
    expect(out.address).toEqual([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:4700::1', family: 6 }
    ]);
  });

  it('answers with the first address of the family asked for', async () => {
    expect(await lookupOnce(lookup, 'APP.example', {})).toMatchObject({ error: null, address: '93.184.216.34', family: 4 });
    expect(await lookupOnce(lookup, 'app.example', { family: 6 })).toMatchObject({ error: null, address: '2606:4700::1', family: 6 });
  });

  it('refuses any other host name, and a family with no checked address', async () => {
    const other = await lookupOnce(lookup, 'metadata.google.internal', { all: true });
    expect(other.error?.code).toBe('BLOCKED_ADDRESS');
    const v6only = pinnedLookup('v6.example', [{ address: '2606:4700::1', family: 6 }]);
    expect((await lookupOnce(v6only, 'v6.example', { family: 4 })).error?.code).toBe('BLOCKED_ADDRESS');
  });
});
