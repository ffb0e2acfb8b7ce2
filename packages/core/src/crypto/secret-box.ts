import { createCipheriv, createDecipheriv } from "node:crypto";
import { TwofoldError } from "../errors";

const VERSION = "v1";
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals a secret with AES-256-GCM: `v1.<base64url(nonce | ciphertext | tag)>`. The context
 * (e.g. the account id) is authenticated data, so a sealed seed moved to another account's row
 * no longer opens.
 */
export function seal(
  key: Buffer,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  context: string,
): string {
  if (nonce.length !== NONCE_BYTES) throw new TwofoldError("BAD_NONCE", "nonce must be 12 bytes");
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const sealed = Buffer.concat([nonce, body, cipher.getAuthTag()]);
  return `${VERSION}.${sealed.toString("base64url")}`;
}

/** Opens what `seal` made; throws TwofoldError on a wrong key, context or tampering. */
export function open(key: Buffer, sealed: string, context: string): Buffer {
  const [version, payload] = sealed.split(".");
  if (version !== VERSION || payload === undefined) {
    throw new TwofoldError("SEALED_FORMAT", "unknown sealed secret format");
  }
  const raw = Buffer.from(payload, "base64url");
  if (raw.length < NONCE_BYTES + TAG_BYTES) {
    throw new TwofoldError("SEALED_FORMAT", "sealed secret too short");
  }
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, NONCE_BYTES));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(raw.subarray(NONCE_BYTES, raw.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch (cause) {
    throw new TwofoldError("SEALED_OPEN", "sealed secret does not open with this key", { cause });
  }
}
