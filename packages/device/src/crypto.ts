import { fromBase64Url, toBase64Url } from "@twofold/push-protocol";

/**
 * WebCrypto, the same in a browser, a service worker, Node and a phone's JS runtime. This file
 * is browser-safe: no Buffer, no node: imports.
 */
const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const ECDSA_KEY = { name: "ECDSA", namedCurve: "P-256" } as const;
const ECDSA_SIGN = { name: "ECDSA", hash: "SHA-256" } as const;

/** The public half of a device key, as the server stores it (nothing else leaves the device). */
export type PublicKeyJwk = { kty: string; crv: string; x: string; y: string };

/**
 * Whatever holds a device's private key and signs with it: a non-extractable WebCrypto key in
 * a phone's IndexedDB, or a JWK in the terminal's device file (`@twofold/device/node`).
 * Signatures are ECDSA P-256 over SHA-256, raw r||s (IEEE P1363), base64url: what WebCrypto
 * gives and what the server verifies, so no conversion is needed.
 */
export interface DeviceSigner {
  publicKey: PublicKeyJwk;
  sign(payload: string): Promise<string>;
}

/** Only {kty, crv, x, y}: never `d`, `key_ops` or `ext` (the server gets the public key only). */
export function publicJwk(jwk: JsonWebKey): PublicKeyJwk {
  return { kty: jwk.kty ?? "EC", crv: jwk.crv ?? "P-256", x: jwk.x ?? "", y: jwk.y ?? "" };
}

/** A signer over a WebCrypto private key (extractable or not: it is only used, never read). */
export function cryptoKeySigner(privateKey: CryptoKey, publicKey: PublicKeyJwk): DeviceSigner {
  return {
    publicKey,
    sign: async (payload) =>
      toBase64Url(await subtle().sign(ECDSA_SIGN, privateKey, new TextEncoder().encode(payload))),
  };
}

/**
 * A device key pair whose private half cannot be read back by anyone, the page included
 * (`extractable: false`): it can be kept in IndexedDB (a CryptoKey is stored as is) and used to
 * sign, never copied off the phone.
 */
export async function generateNonExtractableKey(): Promise<{
  privateKey: CryptoKey;
  publicKey: PublicKeyJwk;
}> {
  const pair = await subtle().generateKey(ECDSA_KEY, false, ["sign", "verify"]);
  return {
    privateKey: pair.privateKey,
    publicKey: publicJwk(await subtle().exportKey("jwk", pair.publicKey)),
  };
}

/** Did the server sign this? (A request without a good signature is never shown.) */
export async function verifyPayload(
  publicKey: JsonWebKey,
  payload: string,
  signature: string,
): Promise<boolean> {
  try {
    const key = await subtle().importKey("jwk", publicKey, ECDSA_KEY, false, ["verify"]);
    return await subtle().verify(
      ECDSA_SIGN,
      key,
      fromBase64Url(signature),
      new TextEncoder().encode(payload),
    );
  } catch {
    return false;
  }
}
