import { createPublicKey, verify, type JsonWebKey, type KeyObject } from "node:crypto";
import { decodeSigned, type Delivery, type GatewayTicket } from "@twofold/push-protocol";

/** Checks what the server signed (ECDSA P-256, r||s) with its public key. */
export function createVerifier(serverPublicKey: JsonWebKey): (token: string) => unknown {
  const key: KeyObject = createPublicKey({ key: serverPublicKey, format: "jwk" });
  return (token) => {
    const decoded = decodeSigned(token);
    if (!decoded || !/^[A-Za-z0-9_-]{1,200}$/.test(decoded.signature)) return null;
    const ok = verify(
      "sha256",
      Buffer.from(decoded.signed),
      { key, dsaEncoding: "ieee-p1363" },
      Buffer.from(decoded.signature, "base64url"),
    );
    return ok ? decoded.payload : null;
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** A device's ticket, if the server signed it and it has not run out. */
export function readTicket(payload: unknown, now: Date): GatewayTicket | null {
  if (!isRecord(payload) || payload.kind !== "twofold/gateway-ticket/v1") return null;
  if (typeof payload.deviceId !== "string" || typeof payload.exp !== "string") return null;
  if (!(Date.parse(payload.exp) > now.getTime())) return null;
  return { kind: payload.kind, deviceId: payload.deviceId, exp: payload.exp };
}

export function readDelivery(payload: unknown): Delivery | null {
  if (!isRecord(payload) || payload.kind !== "twofold/delivery/v1") return null;
  const { deviceIds, request } = payload;
  if (!Array.isArray(deviceIds) || !deviceIds.every((d) => typeof d === "string")) return null;
  if (!isRecord(request) || typeof request.requestId !== "string") return null;
  return payload as unknown as Delivery;
}
