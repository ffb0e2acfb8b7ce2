import { generateSync } from "otplib";

/**
 * What an OTP app shows for an otpauth:// URI at a time: tests enroll exactly as a person's
 * phone would, from the URI alone.
 */
export function otpAppCode(otpauthUri: string, at: Date): string {
  const url = new URL(otpauthUri);
  const secret = url.searchParams.get("secret");
  if (url.protocol !== "otpauth:" || url.host !== "totp" || !secret) {
    throw new Error(`not a TOTP otpauth URI: ${otpauthUri}`);
  }
  return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/** The base32 secret of an otpauth URI. */
export function otpauthSecret(otpauthUri: string): string {
  return new URL(otpauthUri).searchParams.get("secret") ?? "";
}
