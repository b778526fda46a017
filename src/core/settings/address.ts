/**
 * Whether a host name (as `new URL()` writes it: IPv4 numbers already in dotted form, IPv6 in
 * brackets, lower case) points inside the server's own network. The request endpoint receives
 * the endpoint token, so an address like 169.254.169.254 (cloud metadata), localhost:6379 or a
 * private range would hand the token, and the app's calls, to an internal service (issue 9.10).
 *
 * Refused: loopback, "this network" (0/8), link-local, the private ranges (10/8, 172.16/12,
 * 192.168/16, shared 100.64/10, IPv6 unique local fc00::/7), multicast and reserved blocks, the
 * IPv6 forms that carry one of those IPv4 addresses (mapped, compatible, NAT64, 6to4), and names
 * without a dot (resolved by the server's search domains: `redis`, `metadata`) or ending in
 * `.localhost`, `.local`, `.internal`. Private ranges are refused too: a vendor's DSR endpoint is a
 * public service, and on a hosted workspace the admin is not the one who owns the private network.
 * A public name whose DNS answer is internal cannot be seen from here (the app has no resolver).
 */

const V4_INTERNAL: Array<[number, number]> = [
  [0x00000000, 8], // 0.0.0.0/8 "this network"
  [0x0a000000, 8], // 10/8 private
  [0x64400000, 10], // 100.64/10 shared (carrier-grade NAT)
  [0x7f000000, 8], // 127/8 loopback
  [0xa9fe0000, 16], // 169.254/16 link-local, cloud metadata
  [0xac100000, 12], // 172.16/12 private
  [0xc0000000, 24], // 192.0.0/24 protocol assignments
  [0xc0a80000, 16], // 192.168/16 private
  [0xc6120000, 15], // 198.18/15 benchmarking
  [0xe0000000, 4], // 224/4 multicast
  [0xf0000000, 4], // 240/4 reserved, broadcast
];

function parseV4(host: string): number | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function v4Internal(address: number): boolean {
  return V4_INTERNAL.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    return address >= base && address < base + size;
  });
}

/** Eight hextets, or undefined when this is not an IPv6 address. */
function parseV6(host: string): number[] | undefined {
  if (!host.startsWith('[') || !host.endsWith(']')) return undefined;
  let text = host.slice(1, -1).split('%')[0];
  // A trailing dotted IPv4 part counts as two hextets.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseV4(dotted[1]);
    if (v4 === undefined) return undefined;
    text = `${text.slice(0, -dotted[1].length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (all.some((h) => !/^[0-9a-f]{1,4}$/i.test(h))) return undefined;
  return all.map((h) => parseInt(h, 16));
}

function v6Internal(h: number[]): boolean {
  const v4 = (hi: number, lo: number) => hi * 65536 + lo;
  const zeros = (from: number, to: number) => h.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return true; // ::
  if (zeros(0, 7) && h[7] === 1) return true; // ::1
  if (zeros(0, 5) && (h[5] === 0xffff || h[5] === 0)) return v4Internal(v4(h[6], h[7])); // mapped, compatible
  if (h[0] === 0x64 && h[1] === 0xff9b && zeros(2, 6)) return v4Internal(v4(h[6], h[7])); // NAT64
  if (h[0] === 0x2002) return v4Internal(v4(h[1], h[2])); // 6to4
  if ((h[0] & 0xffc0) === 0xfe80 || (h[0] & 0xffc0) === 0xfec0) return true; // link-local, site-local
  if ((h[0] & 0xfe00) === 0xfc00) return true; // unique local (fd00:ec2::254 is AWS metadata)
  return (h[0] & 0xff00) === 0xff00; // multicast
}

export function isInternalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const v4 = parseV4(host);
  if (v4 !== undefined) return v4Internal(v4);
  const v6 = parseV6(host);
  if (v6) return v6Internal(v6);
  if (host.startsWith('[')) return true; // an address we cannot read is not trusted
  if (!host.includes('.')) return true;
  return /(^|\.)(localhost|local|internal)$/.test(host);
}
