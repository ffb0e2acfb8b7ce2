// The part of http_ece (RFC 8188, what web-push encrypts with) the local push service uses.
declare module "http_ece" {
  import type { ECDH } from "node:crypto";

  interface DecryptParams {
    version: "aes128gcm";
    /** The receiver's key pair: the subscription's `p256dh`. */
    privateKey: ECDH;
    /** The subscription's `auth` secret (base64url or bytes). */
    authSecret: string | Buffer;
  }

  export function decrypt(buffer: Buffer, params: DecryptParams): Buffer;
}
