import type { webcrypto } from "node:crypto";

type JsonWebKey = webcrypto.JsonWebKey;

/** WebCrypto, the same in a browser, Node and a phone's JS runtime. */
const subtle = (globalThis.crypto as webcrypto.Crypto).subtle;
const ECDSA_KEY = { name: "ECDSA", namedCurve: "P-256" } as const;
const ECDSA_SIGN = { name: "ECDSA", hash: "SHA-256" } as const;

const toBase64URL = (bytes: ArrayBuffer): string => Buffer.from(bytes).toString("base64url");

/** A device's key pair, made on the device; only the public half ever leaves it. */
export interface DeviceKeys {
  privateKey: JsonWebKey;
  publicKey: { kty: string; crv: string; x: string; y: string };
}

export async function generateDeviceKeys(): Promise<DeviceKeys> {
  const pair = await subtle.generateKey(ECDSA_KEY, true, ["sign", "verify"]);
  const privateKey = await subtle.exportKey("jwk", pair.privateKey);
  const pub = await subtle.exportKey("jwk", pair.publicKey);
  return {
    privateKey,
    publicKey: { kty: pub.kty ?? "EC", crv: pub.crv ?? "P-256", x: pub.x ?? "", y: pub.y ?? "" },
  };
}

/** ECDSA P-256 over the payload; r||s, base64url (what the server verifies). */
export async function signPayload(privateKey: JsonWebKey, payload: string): Promise<string> {
  const key = await subtle.importKey("jwk", privateKey, ECDSA_KEY, false, ["sign"]);
  return toBase64URL(await subtle.sign(ECDSA_SIGN, key, new TextEncoder().encode(payload)));
}

/** Did the server sign this? (A request without a good signature is never shown.) */
export async function verifyPayload(
  publicKey: JsonWebKey,
  payload: string,
  signature: string,
): Promise<boolean> {
  try {
    const key = await subtle.importKey("jwk", publicKey, ECDSA_KEY, false, ["verify"]);
    return await subtle.verify(
      ECDSA_SIGN,
      key,
      Buffer.from(signature, "base64url"),
      new TextEncoder().encode(payload),
    );
  } catch {
    return false;
  }
}
