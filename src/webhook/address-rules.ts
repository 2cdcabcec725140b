/**
 * Is an IP address one the public internet can reach? The webhook probes must not be turned
 * against the runner's own network (loopback, private ranges, the cloud metadata service).
 * Pure: strings in, a verdict out.
 *
 * ipaddr.js parses the address and knows the IANA special-purpose registries (its `range()`);
 * the tables below name each range in an engineer's words and add what ipaddr.js lacks.
 * Every special-purpose entry is refused, even those IANA marks globally reachable: they are
 * anycast services answered by the nearest operator (PCP, TURN, AS112, AMT) or identifiers
 * that are not locators (ORCHID, drone tags), never a merchant's webhook server.
 */
import ipaddr from 'ipaddr.js';
import { isIPv4, isIPv6 } from 'node:net';

export interface AddressVerdict {
  public: boolean;
  /** What the address is, in an engineer's words: "loopback", "private (10.0.0.0/8)". */
  label: string;
}

type Rule = readonly [cidr: string, label: string];

const PUBLIC: AddressVerdict = { public: true, label: 'public' };
const range = (label: string): AddressVerdict => ({ public: false, label });

/** Most specific first: the first match names the address. */
const V4_RULES: Rule[] = [
  ['169.254.169.254/32', 'cloud metadata service'],
  ['0.0.0.0/32', 'unspecified'],
  ['0.0.0.0/8', 'reserved ("this network", 0.0.0.0/8)'],
  ['10.0.0.0/8', 'private (10.0.0.0/8)'],
  ['100.64.0.0/10', 'CGNAT shared address space (100.64.0.0/10)'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private (172.16.0.0/12)'],
  // Holds DS-Lite, the dummy address, PCP and TURN anycast, NAT64 discovery.
  ['192.0.0.0/24', 'reserved (IETF protocol assignments)'],
  ['192.0.2.0/24', 'documentation (TEST-NET-1)'],
  ['192.31.196.0/24', 'AS112 DNS sink (192.31.196.0/24)'],
  ['192.52.193.0/24', 'AMT relay anycast (192.52.193.0/24)'],
  ['192.88.99.0/24', '6to4 relay anycast (192.88.99.0/24, deprecated)'],
  ['192.168.0.0/16', 'private (192.168.0.0/16)'],
  ['192.175.48.0/24', 'AS112 DNS sink (192.175.48.0/24)'],
  ['198.18.0.0/15', 'benchmarking (198.18.0.0/15)'],
  ['198.51.100.0/24', 'documentation (TEST-NET-2)'],
  ['203.0.113.0/24', 'documentation (TEST-NET-3)'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved (240.0.0.0/4, broadcast)']
];

const V6_RULES: Rule[] = [
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  // Deprecated and not routed: never public, whatever it embeds.
  ['::/96', 'reserved (IPv4-compatible IPv6, deprecated)'],
  ['64:ff9b:1::/48', 'local-use NAT64 (64:ff9b:1::/48)'],
  ['100::/64', 'discard-only (100::/64)'],
  // RFC 9780; not in ipaddr.js 2.5.
  ['100:0:0:1::/64', 'dummy prefix (100:0:0:1::/64)'],
  ['2001::/32', 'Teredo (2001::/32)'],
  ['2001:2::/48', 'benchmarking (2001:2::/48)'],
  ['2001:3::/32', 'AMT relay anycast (2001:3::/32)'],
  ['2001:4:112::/48', 'AS112 DNS sink (2001:4:112::/48)'],
  ['2001:10::/28', 'ORCHID (2001:10::/28, deprecated)'],
  ['2001:20::/28', 'ORCHIDv2 (2001:20::/28)'],
  ['2001:30::/28', 'drone remote ID tags (2001:30::/28)'],
  // Holds PCP, TURN and DNS-SD SRP anycast (2001:1::1 to ::3).
  ['2001::/23', 'reserved (IETF protocol assignments, 2001::/23)'],
  ['2001:db8::/32', 'documentation (2001:db8::/32)'],
  ['2620:4f:8000::/48', 'AS112 DNS sink (2620:4f:8000::/48)'],
  ['3fff::/20', 'documentation (3fff::/20)'],
  ['5f00::/16', 'SRv6 segment identifiers (5f00::/16)'],
  ['fc00::/7', 'unique local (fc00::/7)'],
  ['fe80::/10', 'link-local (fe80::/10)'],
  ['fec0::/10', 'site-local (fec0::/10)'],
  ['ff00::/8', 'multicast']
];

/** IPv6 prefixes that carry an IPv4 address, judged by that address. */
const EMBEDDING: readonly [cidr: string, name: string, embedded: (v6: ipaddr.IPv6) => number[]][] = [
  ['::ffff:0:0/96', 'IPv4-mapped', (v6) => v6.toByteArray().slice(12)],
  ['64:ff9b::/96', 'NAT64', (v6) => v6.toByteArray().slice(12)],
  ['2002::/16', '6to4', (v6) => v6.toByteArray().slice(2, 6)]
];

const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3');
const V4 = V4_RULES.map(([cidr, label]) => [ipaddr.IPv4.parseCIDR(cidr), label] as const);
const V6 = V6_RULES.map(([cidr, label]) => [ipaddr.IPv6.parseCIDR(cidr), label] as const);
const EMBEDS = EMBEDDING.map(([cidr, name, embedded]) => [ipaddr.IPv6.parseCIDR(cidr), name, embedded] as const);

/** An address no table names: ipaddr.js's verdict, for a range a newer release knows first. */
function byLibrary(address: ipaddr.IPv4 | ipaddr.IPv6): AddressVerdict {
  return address.range() === 'unicast' ? PUBLIC : range(`special-purpose (${address.range()})`);
}

function classifyV4(address: ipaddr.IPv4): AddressVerdict {
  const rule = V4.find(([cidr]) => address.match(cidr));
  return rule ? range(rule[1]) : byLibrary(address);
}

function classifyV6(address: ipaddr.IPv6): AddressVerdict {
  for (const [cidr, name, embedded] of EMBEDS) {
    if (address.match(cidr)) {
      const inner = classifyV4(new ipaddr.IPv4(embedded(address)));
      return inner.public ? PUBLIC : range(`${name} ${inner.label}`);
    }
  }
  const named = V6.find(([cidr]) => address.match(cidr));
  if (named) return range(named[1]);
  // Only 2000::/3 is global unicast; the rest is unassigned or reserved.
  if (!address.match(GLOBAL_UNICAST)) return range('reserved IPv6');
  return byLibrary(address);
}

/**
 * The address with any dotted quad written as hex and the zone id dropped, as the WHATWG URL
 * parser writes it: ipaddr.js would read "::8.8.8.8" (IPv4-compatible) as "::ffff:8.8.8.8".
 */
function hexForm(v6: string): string {
  return new URL(`http://[${v6.replace(/%.*$/, '')}]/`).hostname.slice(1, -1);
}

/** Judges one resolved address; anything that is not an IP address is not public (fail closed). */
export function classifyAddress(address: string): AddressVerdict {
  const bare = address.replace(/^\[|\]$/g, '');
  // node:net is the strict gate (no "0x7f.1" or "127.1" forms); ipaddr.js reads what passes.
  if (isIPv4(bare)) return classifyV4(ipaddr.IPv4.parse(bare));
  if (isIPv6(bare)) return classifyV6(ipaddr.IPv6.parse(hexForm(bare)));
  return range('not an IP address');
}
