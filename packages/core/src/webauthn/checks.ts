import { createHash } from "node:crypto";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";

/** step_up: an active session confirming a security change with one of its keys. */
export type Ceremony = "registration" | "authentication" | "passkey" | "step_up";

export type ResponseReason =
  | "INVALID_WEBAUTHN_RESPONSE"
  | "ORIGIN_NOT_ALLOWED"
  | "WRONG_CEREMONY"
  | "RP_ID_MISMATCH"
  | "USER_NOT_PRESENT"
  | "USER_NOT_VERIFIED";

/** What a browser's answer says about itself, each part checked before any signature is. */
export interface ClientData {
  challenge: string;
  origin: string;
}

export function fromBase64URL(text: string): Buffer | null {
  return /^[A-Za-z0-9_-]*$/.test(text) ? Buffer.from(text, "base64url") : null;
}

/** May this origin answer? The configured list; in development any http://localhost port. */
export function isAllowedOrigin(deps: Deps, origin: string): boolean {
  const { origins, rpId } = deps.config.webauthn;
  if (origins.length > 0) return origins.includes(origin);
  return rpId === "localhost" && /^http:\/\/localhost(:\d{1,5})?$/.test(origin);
}

/**
 * Reads clientDataJSON: it must parse, name this ceremony ("webauthn.create" to register,
 * "webauthn.get" to sign in) and come from an allowed origin. Returns the challenge it signs.
 */
export function checkClientData(
  deps: Deps,
  clientDataJSON: string,
  ceremony: Ceremony,
): Result<ClientData, ResponseReason> {
  const raw = fromBase64URL(clientDataJSON);
  if (!raw || raw.length > 4096) return fail("INVALID_WEBAUTHN_RESPONSE");
  let data: unknown;
  try {
    data = JSON.parse(raw.toString("utf8"));
  } catch {
    return fail("INVALID_WEBAUTHN_RESPONSE");
  }
  if (typeof data !== "object" || data === null) return fail("INVALID_WEBAUTHN_RESPONSE");
  const { type, challenge, origin } = data as Record<string, unknown>;
  if (typeof type !== "string" || typeof challenge !== "string" || typeof origin !== "string")
    return fail("INVALID_WEBAUTHN_RESPONSE");
  const expected = ceremony === "registration" ? "webauthn.create" : "webauthn.get";
  if (type !== expected) return fail("WRONG_CEREMONY");
  if (!isAllowedOrigin(deps, origin)) return fail("ORIGIN_NOT_ALLOWED");
  return ok({ challenge, origin });
}

const UP = 0x01;
const UV = 0x04;

/**
 * Reads authenticator data: made for our RP ID (its SHA-256), the person was present (a touch),
 * and verified (PIN, biometrics) when required. Returns its signature counter.
 */
export function checkAuthenticatorData(
  deps: Deps,
  authData: Uint8Array,
  { requireUserVerification }: { requireUserVerification: boolean },
): Result<{ counter: number; userVerified: boolean }, ResponseReason> {
  if (authData.length < 37) return fail("INVALID_WEBAUTHN_RESPONSE");
  const rpIdHash = createHash("sha256").update(deps.config.webauthn.rpId).digest();
  if (!rpIdHash.equals(Buffer.from(authData.subarray(0, 32)))) return fail("RP_ID_MISMATCH");
  const flags = authData[32] ?? 0;
  if ((flags & UP) === 0) return fail("USER_NOT_PRESENT");
  const userVerified = (flags & UV) !== 0;
  if (requireUserVerification && !userVerified) return fail("USER_NOT_VERIFIED");
  const counter = Buffer.from(authData.subarray(33, 37)).readUInt32BE(0);
  return ok({ counter, userVerified });
}

/** A counter that is in use (non-zero on either side) must grow; else the key may be a clone. */
export function counterRegressed(stored: number, reported: number): boolean {
  return (stored > 0 || reported > 0) && reported <= stored;
}
