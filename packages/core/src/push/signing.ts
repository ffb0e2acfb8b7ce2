import type { DeviceAlgorithm } from "@twofold/push-protocol";
import {
  createECDH,
  createPrivateKey,
  createPublicKey,
  sign,
  verify,
  type JsonWebKey,
  type KeyObject,
} from "node:crypto";

/** The server's signing key for push: devices and gateways hold its public half. */
export interface ServerSigner {
  publicKey: JsonWebKey;
  /** ECDSA P-256 SHA-256, signature as r||s (WebCrypto's format), base64url. */
  sign: (payload: string) => string;
}

const signers = new WeakMap<Buffer, ServerSigner>();

/**
 * Derives the server's P-256 key from a 32-byte seed (stable across restarts and servers). Made
 * once per seed: every push request, poll and ticket signs with it.
 */
export function createServerSigner(seed: Buffer): ServerSigner {
  const known = signers.get(seed);
  if (known) return known;
  const signer = deriveSigner(seed);
  signers.set(seed, signer);
  return signer;
}

function deriveSigner(seed: Buffer): ServerSigner {
  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(seed);
  const point = ecdh.getPublicKey();
  const jwk = {
    kty: "EC",
    crv: "P-256",
    x: point.subarray(1, 33).toString("base64url"),
    y: point.subarray(33, 65).toString("base64url"),
  };
  const privateKey = createPrivateKey({
    key: { ...jwk, d: seed.toString("base64url") },
    format: "jwk",
  });
  return {
    publicKey: jwk,
    sign: (payload) =>
      sign("sha256", Buffer.from(payload), { key: privateKey, dsaEncoding: "ieee-p1363" }).toString(
        "base64url",
      ),
  };
}

export { answerPayload, type DeviceAlgorithm, type PushDecision } from "@twofold/push-protocol";
/** A device's public key from its JWK, or null when it is not an accepted key. */
export function importDeviceKey(
  jwk: Record<string, string>,
  algorithm: DeviceAlgorithm,
): KeyObject | null {
  try {
    const key = createPublicKey({ key: jwk, format: "jwk" });
    if (algorithm === "ES256" && key.asymmetricKeyType === "ec" && jwk.crv === "P-256") return key;
    if (algorithm === "Ed25519" && key.asymmetricKeyType === "ed25519") return key;
    return null;
  } catch {
    return null;
  }
}

/** Checks a device's signature (WebCrypto formats: ECDSA r||s, or Ed25519). */
export function verifyDeviceSignature(
  key: KeyObject,
  algorithm: DeviceAlgorithm,
  payload: string,
  signature: string,
): boolean {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(signature)) return false;
  const bytes = Buffer.from(signature, "base64url");
  try {
    return algorithm === "ES256"
      ? verify("sha256", Buffer.from(payload), { key, dsaEncoding: "ieee-p1363" }, bytes)
      : verify(null, Buffer.from(payload), key, bytes);
  } catch {
    return false;
  }
}
