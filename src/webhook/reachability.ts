/**
 * Where the webhook probes may go: the host is resolved once, every address is judged, and the
 * HTTP client is given a lookup that returns only those addresses. The connection cannot be
 * sent elsewhere by a second DNS answer (no DNS-rebinding gap).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { budgetFor } from '../engine/timing.js';
import { classifyNetworkError } from '../http/network-error.js';
import { classifyAddress } from './address-rules.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
  public: boolean;
  /** "public", "loopback", "private (10.0.0.0/8)", ... */
  label: string;
}

/** All addresses of a host name, as `dns.lookup(name, { all: true })` gives them. */
export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** A Resolver over a callback-style lookup (the transport option tests inject). */
export function resolverFrom(lookup: LookupFunction): Resolver {
  return (hostname) =>
    new Promise((resolve, reject) => {
      lookup(hostname, { all: true }, (error, addresses, family) => {
        if (error) reject(error);
        else resolve(typeof addresses === 'string' ? [{ address: addresses, family: family ?? isIP(addresses) }] : addresses);
      });
    });
}

export type Reachability =
  | { ok: true; hostname: string; addresses: ResolvedAddress[]; lookup: LookupFunction; details: string[] }
  | { ok: false; problem: string; hint: string; addresses: ResolvedAddress[] };

export interface ResolveOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  signal: AbortSignal;
  resolver?: Resolver;
}

const describe = (addresses: ResolvedAddress[]) => addresses.map((a) => `${a.address} (${a.label})`).join(', ');

/** Resolves the webhook host and judges every address it resolves to. Never throws. */
export async function resolveWebhookHost(url: URL, options: ResolveOptions): Promise<Reachability> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  let found: { address: string; family: number }[];
  if (isIP(hostname)) {
    found = [{ address: hostname, family: isIP(hostname) }];
  } else {
    // The lookup's own limit within the run's signal: its stop says which of the two came.
    const time = budgetFor(options.timeoutMs, options.signal);
    try {
      found = await time.race((options.resolver ?? systemResolver)(hostname));
    } catch (error) {
      const why = time.ranOut
        ? `the host name ${hostname} did not resolve within ${options.timeoutMs} ms`
        : time.expired
          ? 'the run reached its deadline while resolving the host name'
          : classifyNetworkError(error, hostname, options.timeoutMs).message;
      return { ok: false, problem: why, hint: 'Check the host in webhook-url: the runner must be able to resolve it, as MONCRENEAU does.', addresses: [] };
    } finally {
      time.dispose();
    }
  }
  const addresses: ResolvedAddress[] = found.map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
    ...classifyAddress(address)
  }));
  if (addresses.length === 0) {
    return { ok: false, problem: `the host name ${hostname} resolved to no address`, hint: 'Check the DNS records of the host in webhook-url.', addresses };
  }
  const closed = addresses.filter((a) => !a.public);
  if (closed.length > 0 && !options.allowPrivate) {
    return {
      ok: false,
      problem: `webhook-url host ${hostname} resolves to ${describe(closed)}: not publicly reachable`,
      hint: 'MONCRENEAU delivers webhooks over the internet: register a public https endpoint. For a test or staging endpoint on a private network, set allow-private-webhook: true.',
      addresses
    };
  }
  const resolved = isIP(hostname)
    ? `webhook-url host ${hostname} is ${addresses[0]!.label}`
    : `webhook-url host ${hostname} resolves to ${describe(addresses)}`;
  const details = [closed.length > 0 ? `${resolved}: not publicly reachable, allowed by allow-private-webhook` : resolved];
  return { ok: true, hostname, addresses, lookup: pinnedLookup(hostname, addresses), details };
}

/**
 * A lookup that answers only for `hostname`, and only with the addresses already judged:
 * the connection uses exactly what was checked.
 */
export function pinnedLookup(hostname: string, addresses: readonly { address: string; family: 4 | 6 }[]): LookupFunction {
  return (name, options, callback) => {
    const wanted = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
    const usable = addresses.filter((a) => wanted === 0 || a.family === wanted);
    process.nextTick(() => {
      if (name.toLowerCase() !== hostname.toLowerCase() || usable.length === 0) {
        const error: NodeJS.ErrnoException = new Error(`refused to connect to ${name}: only the checked addresses of ${hostname} are used`);
        error.code = 'BLOCKED_ADDRESS';
        callback(error, '', 0);
      } else if (options.all) {
        callback(
          null,
          usable.map((a) => ({ address: a.address, family: a.family }))
        );
      } else {
        callback(null, usable[0]!.address, usable[0]!.family);
      }
    });
  };
}
