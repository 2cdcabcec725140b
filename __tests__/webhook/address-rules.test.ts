/** Which resolved addresses count as publicly reachable. */
import { describe, expect, it } from '@jest/globals';
import { classifyAddress } from '../../src/webhook/address-rules.js';

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
