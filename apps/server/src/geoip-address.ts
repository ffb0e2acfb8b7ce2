import { BlockList, isIPv4, isIPv6 } from "node:net";

/**
 * Addresses that are nobody's place: private networks, loopback, link-local, carrier-grade NAT,
 * documentation and benchmark ranges, multicast and reserved space (RFC 6890's special-purpose
 * registries). A location database may still hold an entry for some of them (a registry's
 * country, say): showing it would say something wrong, so they say nothing.
 */
const NOT_A_PLACE = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation (TEST-NET-1)
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation (TEST-NET-2)
  ["203.0.113.0", 24], // documentation (TEST-NET-3)
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and the broadcast address
] as const) {
  NOT_A_PLACE.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 96], // unspecified, loopback, and the deprecated IPv4-compatible form
  ["64:ff9b::", 96], // NAT64: the IPv4 address behind it is not looked up
  ["64:ff9b:1::", 48], // local-use NAT64
  ["100::", 64], // discard-only
  ["2001::", 23], // IETF protocol assignments (Teredo, benchmarking, ORCHID)
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4
  ["3fff::", 20], // documentation
  ["fc00::", 7], // unique local (private)
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) {
  NOT_A_PLACE.addSubnet(network, prefix, "ipv6");
}

const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;
const MAPPED_IPV4_HEX = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;

/** ::ffff:a.b.c.d and ::ffff:abcd:ef01 (the same address written in hex) -> a.b.c.d. */
function unmapped(address: string): string {
  const dotted = MAPPED_IPV4.exec(address);
  if (dotted?.[1]) return dotted[1];
  const hex = MAPPED_IPV4_HEX.exec(address);
  if (!hex?.[1] || !hex[2]) return address;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

/** A public address to look up, by family; null for anything that is nobody's place. */
export function publicAddress(ip: string): { family: 4 | 6; address: string } | null {
  // A zone ("fe80::1%eth0") only ever follows a link-local address.
  if (ip.includes("%")) return null;
  // An IPv4 client of a dual-stack socket arrives as ::ffff:a.b.c.d.
  const address = unmapped(ip.trim());
  if (isIPv4(address)) return NOT_A_PLACE.check(address, "ipv4") ? null : { family: 4, address };
  if (isIPv6(address)) return NOT_A_PLACE.check(address, "ipv6") ? null : { family: 6, address };
  return null;
}
