import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { RandomSource } from "../ports";

/** A bearer/cookie token: 32 random bytes (256 bits), base64url. */
export function newToken(random: RandomSource): string {
  return Buffer.from(random.bytes(32)).toString("base64url");
}

/** What the database keeps of a token: its SHA-256 (enough for a 256-bit random token). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("base64url");
}

/** A keyed hash, for low-entropy secrets (backup codes) that a plain hash would not protect. */
export function keyedHash(key: Buffer, value: string): string {
  return createHmac("sha256", key).update(value, "utf8").digest("base64url");
}

/** Compares two strings in time independent of where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}

/** A random UUID (v4) from the injected random source. */
export function newId(random: RandomSource): string {
  const b = Buffer.from(random.bytes(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
