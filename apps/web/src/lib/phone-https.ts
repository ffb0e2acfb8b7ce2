/** The hosts a browser treats as secure over plain http (a phone never reaches them). */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether the settings are open over plain http from another host than this machine: then a
 * phone cannot use the authenticator at this address (service workers and WebCrypto need a
 * secure context), and the page says so.
 */
export function phoneNeedsHTTPS(location: { protocol: string; hostname: string }): boolean {
  return location.protocol === "http:" && !LOOPBACK.has(location.hostname);
}

/** The phone authenticator's address beside these settings. */
export function authenticatorAddress(origin: string): string {
  return `${origin.replace(/\/+$/, "")}/authenticator/`;
}
