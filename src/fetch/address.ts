/** The SSRF guard: which IP addresses a fetch must never reach. */
import { BlockList, isIP } from 'node:net';

/** Address ranges a fetch of public news must never reach (RFC 6890 special-purpose blocks that route locally). */
const RANGES: { subnet: string; prefix: number; type: 'ipv4' | 'ipv6'; name: string }[] = [
  { subnet: '127.0.0.0', prefix: 8, type: 'ipv4', name: 'loopback' },
  { subnet: '10.0.0.0', prefix: 8, type: 'ipv4', name: 'private' },
  { subnet: '172.16.0.0', prefix: 12, type: 'ipv4', name: 'private' },
  { subnet: '192.168.0.0', prefix: 16, type: 'ipv4', name: 'private' },
  { subnet: '169.254.0.0', prefix: 16, type: 'ipv4', name: 'link-local' },
  { subnet: '100.64.0.0', prefix: 10, type: 'ipv4', name: 'carrier-grade NAT' },
  { subnet: '0.0.0.0', prefix: 8, type: 'ipv4', name: 'unspecified' },
  { subnet: '192.0.0.0', prefix: 24, type: 'ipv4', name: 'IETF protocol' },
  { subnet: '198.18.0.0', prefix: 15, type: 'ipv4', name: 'benchmarking' },
  { subnet: '224.0.0.0', prefix: 3, type: 'ipv4', name: 'multicast or reserved' },
  { subnet: '::1', prefix: 128, type: 'ipv6', name: 'loopback' },
  { subnet: '::', prefix: 128, type: 'ipv6', name: 'unspecified' },
  { subnet: 'fc00::', prefix: 7, type: 'ipv6', name: 'private (unique local)' },
  { subnet: 'fe80::', prefix: 10, type: 'ipv6', name: 'link-local' },
  { subnet: 'ff00::', prefix: 8, type: 'ipv6', name: 'multicast' },
];

const blocks = RANGES.map(({ subnet, prefix, type, name }) => {
  const list = new BlockList();
  list.addSubnet(subnet, prefix, type);
  return { list, type, name };
});

/** "::ffff:127.0.0.1" and "::ffff:7f00:1" both reach 127.0.0.1: judge the IPv4 address they carry. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Why an IP address is off limits ("a loopback address"), or null when it is a public address. */
export function forbiddenAddressKind(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  const mapped = isIP(bare) === 6 ? embeddedIpv4(bare) : null;
  const ip = mapped ?? bare;
  const type = isIP(ip) === 4 ? 'ipv4' : isIP(ip) === 6 ? 'ipv6' : null;
  if (!type) return null;
  const hit = blocks.find((block) => block.type === type && block.list.check(ip, type));
  if (!hit) return null;
  return `${/^[aeiou]/.test(hit.name) ? 'an' : 'a'} ${hit.name} address`;
}

const BLOCKED_PREFIX = 'blocked: ';

/** The one-line refusal every blocked target gets, whether seen in the URL or after DNS. */
export function blockedMessage(host: string, address: string, kind: string): string {
  const shown = host === address ? address : `${host} (${address})`;
  return `${BLOCKED_PREFIX}${shown} is ${kind} (allowPrivate is off)`;
}

export function isBlockedMessage(error: string): boolean {
  return error.startsWith(BLOCKED_PREFIX);
}
