/**
 * base64url (RFC 4648 §5, no padding) with what every JavaScript runtime has (btoa, atob,
 * TextEncoder): the same bytes in Node, a browser page and a service worker.
 */
export function toBase64Url(bytes: Uint8Array | ArrayBuffer): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = "";
  for (let i = 0; i < view.length; i += 0x8000) {
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The bytes of a base64url (or base64) text; throws on characters outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** UTF-8 text as base64url. */
export const textToBase64Url = (text: string): string =>
  toBase64Url(new TextEncoder().encode(text));

/** base64url back to UTF-8 text (throws when it is not base64url). */
export const base64UrlToText = (text: string): string =>
  new TextDecoder("utf-8", { fatal: true }).decode(fromBase64Url(text));
