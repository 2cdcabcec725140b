/** Which resolved addresses count as publicly reachable. */
import { describe, expect, it } from '@jest/globals';
import ipaddr from 'ipaddr.js';
import { classifyAddress } from '../../src/webhook/address-rules.js';

/** Every entry of IANA's IPv4 special-purpose registry, with the label the reader sees. */
const IPV4_REGISTRY: [block: string, label: string][] = [
  ['0.0.0.0/8', 'reserved ("this network", 0.0.0.0/8)'],
  ['0.0.0.0/32', 'unspecified'],
  ['10.0.0.0/8', 'private (10.0.0.0/8)'],
  ['100.64.0.0/10', 'CGNAT shared address space (100.64.0.0/10)'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private (172.16.0.0/12)'],
  ['192.0.0.0/24', 'reserved (IETF protocol assignments)'],
  ['192.0.0.0/29', 'reserved (IETF protocol assignments)'],
  ['192.0.0.8/32', 'reserved (IETF protocol assignments)'],
  ['192.0.0.9/32', 'reserved (IETF protocol assignments)'],
  ['192.0.0.10/32', 'reserved (IETF protocol assignments)'],
  ['192.0.0.170/32', 'reserved (IETF protocol assignments)'],
  ['192.0.0.171/32', 'reserved (IETF protocol assignments)'],
  ['192.0.2.0/24', 'documentation (TEST-NET-1)'],
  ['192.31.196.0/24', 'AS112 DNS sink (192.31.196.0/24)'],
  ['192.52.193.0/24', 'AMT relay anycast (192.52.193.0/24)'],
  ['192.88.99.0/24', '6to4 relay anycast (192.88.99.0/24, deprecated)'],
  ['192.168.0.0/16', 'private (192.168.0.0/16)'],
  ['192.175.48.0/24', 'AS112 DNS sink (192.175.48.0/24)'],
  ['198.18.0.0/15', 'benchmarking (198.18.0.0/15)'],
  ['198.51.100.0/24', 'documentation (TEST-NET-2)'],
  ['203.0.113.0/24', 'documentation (TEST-NET-3)'],
  ['240.0.0.0/4', 'reserved (240.0.0.0/4, broadcast)'],
  ['255.255.255.255/32', 'reserved (240.0.0.0/4, broadcast)']
];

/** Every entry of IANA's IPv6 special-purpose registry but the three that embed IPv4 (below). */
const IPV6_REGISTRY: [block: string, label: string][] = [
  ['::1/128', 'loopback'],
  ['::/128', 'unspecified'],
  ['64:ff9b:1::/48', 'local-use NAT64 (64:ff9b:1::/48)'],
  ['100::/64', 'discard-only (100::/64)'],
  ['100:0:0:1::/64', 'dummy prefix (100:0:0:1::/64)'],
  ['2001::/23', 'reserved (IETF protocol assignments, 2001::/23)'],
  ['2001::/32', 'Teredo (2001::/32)'],
  ['2001:1::1/128', 'reserved (IETF protocol assignments, 2001::/23)'],
  ['2001:1::2/128', 'reserved (IETF protocol assignments, 2001::/23)'],
  ['2001:1::3/128', 'reserved (IETF protocol assignments, 2001::/23)'],
  ['2001:2::/48', 'benchmarking (2001:2::/48)'],
  ['2001:3::/32', 'AMT relay anycast (2001:3::/32)'],
  ['2001:4:112::/48', 'AS112 DNS sink (2001:4:112::/48)'],
  ['2001:10::/28', 'ORCHID (2001:10::/28, deprecated)'],
  ['2001:20::/28', 'ORCHIDv2 (2001:20::/28)'],
  ['2001:30::/28', 'drone remote ID tags (2001:30::/28)'],
  ['2001:db8::/32', 'documentation (2001:db8::/32)'],
  ['2620:4f:8000::/48', 'AS112 DNS sink (2620:4f:8000::/48)'],
  ['3fff::/20', 'documentation (3fff::/20)'],
  ['5f00::/16', 'SRv6 segment identifiers (5f00::/16)'],
  ['fc00::/7', 'unique local (fc00::/7)'],
  ['fe80::/10', 'link-local (fe80::/10)']
];

/** The first and the last address of a block, for the blocks wider than one address. */
function ends(block: string): string[] {
  const [base, bits] = ipaddr.parseCIDR(block);
  const first = base.kind() === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(block) : ipaddr.IPv6.networkAddressFromCIDR(block);
  const last = base.kind() === 'ipv4' ? ipaddr.IPv4.broadcastAddressFromCIDR(block) : ipaddr.IPv6.broadcastAddressFromCIDR(block);
  return bits === (base.kind() === 'ipv4' ? 32 : 128) ? [first.toString()] : [first.toString(), last.toString()];
}

/** The blocks that also contain a more specific entry are named by it at their ends. */
const named = (registry: [string, string][]) =>
  registry
    .flatMap(([block, label]) => ends(block).map((address) => [block, address, label] as const))
    .filter(([block, address]) => {
      const specific = registry.find(([other]) => other !== block && ends(other).includes(address) && ipaddr.parseCIDR(other)[1] > ipaddr.parseCIDR(block)[1]);
      return !specific;
    });

describe('the IANA special-purpose registries', () => {
  it.each(named(IPV4_REGISTRY))('%s: %s is not public', (_block, address, label) => {
    expect(classifyAddress(address)).toEqual({ public: false, label });
  });

  it.each(named(IPV6_REGISTRY))('%s: %s is not public', (_block, address, label) => {
    expect(classifyAddress(address)).toEqual({ public: false, label });
  });

  it.each([
    ['IPv4-mapped', (v4: string) => `::ffff:${v4}`],
    ['NAT64', (v4: string) => `64:ff9b::${v4}`],
    [
      '6to4',
      (v4: string) =>
        ipaddr.IPv4.parse(v4)
          .toByteArray()
          .reduce((text, byte, i) => text + (i === 2 ? ':' : '') + byte.toString(16).padStart(2, '0'), '2002:') + '::1'
    ]
  ])('a %s address is judged by the IPv4 address it embeds', (name, embed) => {
    for (const [block, v4, label] of named(IPV4_REGISTRY)) {
      expect([block, classifyAddress(embed(v4))]).toEqual([block, { public: false, label: `${name} ${label}` }]);
    }
    expect(classifyAddress(embed('93.184.216.34'))).toEqual({ public: true, label: 'public' });
  });

  it.each(['192.0.1.255', '192.88.98.255', '192.88.100.0', '192.175.49.0', '2001:200::1', '2620:4f:8001::1', '3fff:1000::1', '2a00:1450:4007::200e'])(
    '%s, just beside a special-purpose block, is public',
    (address) => {
      expect(classifyAddress(address)).toEqual({ public: true, label: 'public' });
    }
  );
});

describe('classifyAddress', () => {
  it.each([
    ['93.184.216.34', 'public'],
    ['8.8.8.8', 'public'],
    ['172.15.255.255', 'public'],
    ['172.32.0.1', 'public'],
    ['100.63.255.255', 'public'],
    ['100.128.0.1', 'public'],
    ['169.253.255.255', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['::ffff:93.184.216.34', 'public'],
    ['64:ff9b::808:808', 'public'],
    ['2002:5db8:d822::1', 'public']
  ])('%s is public', (address, label) => {
    expect(classifyAddress(address)).toEqual({ public: true, label });
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private (10.0.0.0/8)'],
    ['10.255.255.255', 'private (10.0.0.0/8)'],
    ['172.16.0.1', 'private (172.16.0.0/12)'],
    ['172.31.255.255', 'private (172.16.0.0/12)'],
    ['192.168.1.10', 'private (192.168.0.0/16)'],
    ['169.254.1.1', 'link-local'],
    ['169.254.169.254', 'cloud metadata service'],
    ['100.64.0.1', 'CGNAT shared address space (100.64.0.0/10)'],
    ['100.127.255.255', 'CGNAT shared address space (100.64.0.0/10)'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'reserved ("this network", 0.0.0.0/8)'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved (240.0.0.0/4, broadcast)'],
    ['192.0.2.1', 'documentation (TEST-NET-1)'],
    ['198.18.0.1', 'benchmarking (198.18.0.0/15)'],
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'unique local (fc00::/7)'],
    ['fd12:3456:789a::1', 'unique local (fc00::/7)'],
    ['fd00:ec2::254', 'unique local (fc00::/7)'],
    ['fe80::1', 'link-local (fe80::/10)'],
    ['fe80::1%eth0', 'link-local (fe80::/10)'],
    ['febf::1', 'link-local (fe80::/10)'],
    ['fec0::1', 'site-local (fec0::/10)'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation (2001:db8::/32)'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback'],
    ['::FFFF:169.254.169.254', 'IPv4-mapped cloud metadata service'],
    ['::ffff:10.1.2.3', 'IPv4-mapped private (10.0.0.0/8)'],
    ['::ffff:0.0.0.0', 'IPv4-mapped unspecified'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 cloud metadata service'],
    ['2002:c0a8:0101::1', '6to4 private (192.168.0.0/16)'],
    ['::127.0.0.1', 'reserved (IPv4-compatible IPv6, deprecated)'],
    ['::8.8.8.8', 'reserved (IPv4-compatible IPv6, deprecated)'],
    ['4000::1', 'reserved IPv6'],
    ['[::1]', 'loopback'],
    ['localhost', 'not an IP address'],
    ['', 'not an IP address'],
    ['127.0.0.1.nip.io', 'not an IP address']
  ])('%s is not public: %s', (address, label) => {
    expect(classifyAddress(address)).toEqual({ public: false, label });
  });
});
