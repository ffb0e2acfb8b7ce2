import { NodeCryptoPlugin } from "@otplib/plugin-crypto-node";
import { generateSync, generateURI, ScureBase32Plugin, verifySync } from "otplib";

// One instance of each plugin for the process: otplib's default crypto is pure JS; node's is faster.
const crypto = new NodeCryptoPlugin();
const base32 = new ScureBase32Plugin();

/** RFC 6238 defaults every OTP app understands. */
export const TOTP_PERIOD = 30;
export const TOTP_DIGITS = 6;
/** 160-bit seeds, as RFC 4226 recommends. */
export const TOTP_SECRET_BYTES = 20;

const CODE = /^\d{6}$/;

/** A typed code without spaces (apps show "123 456"), or null when it is not 6 digits. */
export function normalizeTOTPCode(input: string): string | null {
  const code = input.replace(/\s/g, "");
  return CODE.test(code) ? code : null;
}

export function encodeBase32(bytes: Uint8Array): string {
  return base32.encode(bytes, { padding: false });
}

/** The code of a seed at a time (SHA-1, 6 digits, 30 s), as an OTP app computes it. */
export function generateTOTP(
  seed: Uint8Array,
  at: Date,
  options: { digits?: 6 | 8; algorithm?: "sha1" | "sha256" | "sha512" } = {},
): string {
  const { digits = TOTP_DIGITS, algorithm = "sha1" } = options;
  return generateSync({
    secret: seed,
    epoch: Math.floor(at.getTime() / 1000),
    digits,
    algorithm,
    crypto,
    base32,
  });
}

/** An RFC 4226 HOTP value: the primitive under TOTP. */
export function generateHOTP(
  seed: Uint8Array,
  counter: number,
  digits: 6 | 8 = TOTP_DIGITS,
): string {
  return generateSync({ strategy: "hotp", secret: seed, counter, digits, crypto, base32 });
}

/**
 * Checks a code within ±1 step of `at`; returns the RFC 6238 time step it matched, or null.
 * Replay (a step at or before the last accepted one) is the caller's job, atomically in the
 * database: a check here alone would let two concurrent requests both pass.
 */
export function matchTOTP(seed: Uint8Array, code: string, at: Date): number | null {
  if (!CODE.test(code)) return null;
  const result = verifySync({
    secret: seed,
    token: code,
    epoch: Math.floor(at.getTime() / 1000),
    epochTolerance: TOTP_PERIOD,
    crypto,
    base32,
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** otpauth://totp/Issuer:label?secret=...&issuer=Issuer */
export function otpauthURI(issuer: string, label: string, seed: Uint8Array): string {
  return generateURI({ issuer, label, secret: encodeBase32(seed) });
}
