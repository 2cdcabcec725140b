/**
 * Is an IP address one the public internet can reach? The webhook probes must not be turned
 * against the runner's own network (loopback, private ranges, the cloud metadata service).
 * Pure: strings in, a verdict out.
 */
import { isIPv4, isIPv6 } from 'node:net';

export interface AddressVerdict {
  public: boolean;
  /** What the address is, in an engineer's words: "loopback", "private (10.0.0.0/8)". */
  label: string;
}

const PUBLIC: AddressVerdict = { public: true, label: 'public' };
const range = (label: string): AddressVerdict => ({ public: false, label });

function ipv4Bytes(address: string): number[] {
  return address.split('.').map(Number);
}

/** The 16 bytes of an IPv6 address (zone id dropped, embedded dotted quad read). */
function ipv6Bytes(address: string): number[] {
  let text = address.replace(/%.*$/, '').toLowerCase();
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = ipv4Bytes(quad[1]!) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = groups(tail);
  const all = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return all.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}

function inV4(bytes: number[], base: [number, number, number, number], bits: number): boolean {
  const value = (b: number[]) => ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (value(bytes) & mask) >>> 0 === (value(base) & mask) >>> 0;
}

const V4_RULES: [base: [number, number, number, number], bits: number, label: string][] = [
  [[169, 254, 169, 254], 32, 'cloud metadata service'],
  [[0, 0, 0, 0], 32, 'unspecified'],
  [[0, 0, 0, 0], 8, 'reserved ("this network", 0.0.0.0/8)'],
  [[10, 0, 0, 0], 8, 'private (10.0.0.0/8)'],
  [[100, 64, 0, 0], 10, 'CGNAT shared address space (100.64.0.0/10)'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private (172.16.0.0/12)'],
  [[192, 0, 0, 0], 24, 'reserved (IETF protocol assignments)'],
  [[192, 0, 2, 0], 24, 'documentation (TEST-NET-1)'],
  [[192, 168, 0, 0], 16, 'private (192.168.0.0/16)'],
  [[198, 18, 0, 0], 15, 'benchmarking (198.18.0.0/15)'],
  [[198, 51, 100, 0], 24, 'documentation (TEST-NET-2)'],
  [[203, 0, 113, 0], 24, 'documentation (TEST-NET-3)'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved (240.0.0.0/4, broadcast)']
];

function classifyV4(bytes: number[]): AddressVerdict {
  const rule = V4_RULES.find(([base, bits]) => inV4(bytes, base, bits));
  return rule ? range(rule[2]) : PUBLIC;
}

const startsWith = (bytes: number[], prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const zeros = (n: number) => Array<number>(n).fill(0);

/** IPv6 prefixes that carry an IPv4 address in their last 4 bytes, judged by that address. */
const EMBEDDING: [prefix: number[], name: string][] = [
  [[...zeros(10), 0xff, 0xff], 'IPv4-mapped'],
  [[0x00, 0x64, 0xff, 0x9b, ...zeros(8)], 'NAT64']
];

function classifyV6(bytes: number[]): AddressVerdict {
  if (bytes.every((b) => b === 0)) return range('unspecified');
  if (startsWith(bytes, zeros(15)) && bytes[15] === 1) return range('loopback');
  for (const [prefix, name] of EMBEDDING) {
    if (startsWith(bytes, prefix)) {
      const inner = classifyV4(bytes.slice(12));
      return inner.public ? PUBLIC : range(`${name} ${inner.label}`);
    }
  }
  // Deprecated and not routed: never public, whatever it embeds.
  if (startsWith(bytes, zeros(12))) return range('reserved (IPv4-compatible IPv6, deprecated)');
  if (bytes[0] === 0x20 && bytes[1] === 0x02) {
    const inner = classifyV4(bytes.slice(2, 6));
    return inner.public ? PUBLIC : range(`6to4 ${inner.label}`);
  }
  const [b0 = 0, b1 = 0] = bytes;
  if ((b0 & 0xfe) === 0xfc) return range('unique local (fc00::/7)');
  if (b0 === 0xfe && (b1 & 0xc0) === 0x80) return range('link-local (fe80::/10)');
  if (b0 === 0xfe && (b1 & 0xc0) === 0xc0) return range('site-local (fec0::/10)');
  if (b0 === 0xff) return range('multicast');
  if (startsWith(bytes, [0x20, 0x01, 0x0d, 0xb8])) return range('documentation (2001:db8::/32)');
  // Only 2000::/3 is global unicast; the rest is unassigned or reserved.
  if ((b0 & 0xe0) !== 0x20) return range('reserved IPv6');
  return PUBLIC;
}

/** Judges one resolved address; anything that is not an IP address is not public (fail closed). */
export function classifyAddress(address: string): AddressVerdict {
  const bare = address.replace(/^\[|\]$/g, '');
  if (isIPv4(bare)) return classifyV4(ipv4Bytes(bare));
  if (isIPv6(bare)) return classifyV6(ipv6Bytes(bare));
  return range('not an IP address');
}
