import { base64UrlToText, textToBase64Url } from "./base64url";

/**
 * What the server and an authenticator device sign for each other, byte for byte. One file,
 * no dependencies: the server (core) and the device client (packages/device) both build their
 * payloads here, so they cannot drift apart.
 */

export type PushDecision = "approve" | "deny" | "report";
export type DeviceAlgorithm = "ES256" | "Ed25519";

/** A push request as a device receives it: enough to show it, never the number to type. */
export interface PushRequestView {
  requestId: string;
  /** The account's email address. */
  account: string;
  ip: string;
  userAgent: string;
  /**
   * Where the address is, as the server's IP-location database says: "Zurich, CH" (city, ISO
   * country code) or "CH"; null when unknown or a private address. Signed like the rest.
   */
  place: string | null;
  createdAt: string;
  expiresAt: string;
  /** The server's ECDSA P-256 signature (r||s, base64url) over requestPayload(...). */
  signature: string;
}

/**
 * What the server signs for a request (the device checks it before showing anything). Version 2
 * adds the place: everything a device shows is signed (v1 is no longer accepted anywhere).
 */
export function requestPayload(view: Omit<PushRequestView, "signature">): string {
  return JSON.stringify([
    "twofold/push-request/v2",
    view.requestId,
    view.account,
    view.ip,
    view.userAgent,
    view.place,
    view.createdAt,
    view.expiresAt,
  ]);
}

/** What a device signs to answer: the request, its decision, the number typed, and itself. */
export function answerPayload(answer: {
  requestId: string;
  decision: PushDecision;
  number: number | null;
  deviceId: string;
}): string {
  return JSON.stringify([
    "twofold/push-answer/v1",
    answer.requestId,
    answer.decision,
    answer.number,
    answer.deviceId,
  ]);
}

/** What a device signs to ask for the requests waiting for it (valid one minute around `at`). */
export function pollPayload(deviceId: string, at: string): string {
  return JSON.stringify(["twofold/device-poll/v1", deviceId, at]);
}

/**
 * What a device signs to ask where a request stands (valid one minute around `at`): the
 * request screen leaves when it was cancelled, answered elsewhere or expired.
 */
export function statusPayload(deviceId: string, requestId: string, at: string): string {
  return JSON.stringify(["twofold/device-status/v1", deviceId, requestId, at]);
}

/** What a device signs to read its account's pending recovery (valid one minute around `at`). */
export function recoveryStatusPayload(deviceId: string, at: string): string {
  return JSON.stringify(["twofold/device-recovery-status/v1", deviceId, at]);
}

/** What a device signs to cancel its account's pending recovery (valid one minute around `at`). */
export function recoveryCancelPayload(deviceId: string, at: string): string {
  return JSON.stringify(["twofold/device-recovery-cancel/v1", deviceId, at]);
}

/** What a device signs to remove itself from its account (valid one minute around `at`). */
export function removePayload(deviceId: string, at: string): string {
  return JSON.stringify(["twofold/device-remove/v1", deviceId, at]);
}

/**
 * A signed token: base64url(JSON payload) "." base64url(signature). The server issues them
 * (a device's ticket to a gateway; a batch of requests for gateways to deliver); gateways and
 * devices check them with the server's public key.
 */
export interface SignedToken<T> {
  payload: T;
  /** The exact text that was signed. */
  signed: string;
  signature: string;
}

export function encodeSigned(payload: unknown, sign: (text: string) => string): string {
  const signed = textToBase64Url(JSON.stringify(payload));
  return `${signed}.${sign(signed)}`;
}

export function decodeSigned(token: string): SignedToken<unknown> | null {
  const [signed, signature, extra] = token.split(".");
  if (!signed || !signature || extra !== undefined) return null;
  try {
    return {
      payload: JSON.parse(base64UrlToText(signed)),
      signed,
      signature,
    };
  } catch {
    return null;
  }
}

/** What a device shows a gateway: which device it is, until when (signed by the server). */
export interface GatewayTicket {
  kind: "twofold/gateway-ticket/v1";
  deviceId: string;
  exp: string;
}

/** What the server hands gateways to deliver (signed, so a forged delivery is refused). */
export interface Delivery {
  kind: "twofold/delivery/v1";
  deviceIds: string[];
  request: PushRequestView;
}

/** What a device signs to register its Web Push subscription (its endpoint, at a time). */
export function subscribePayload(deviceId: string, endpoint: string, at: string): string {
  return JSON.stringify(["twofold/device-subscribe/v1", deviceId, endpoint, at]);
}

export { describeUserAgent } from "./user-agent";
export { base64UrlToText, fromBase64Url, textToBase64Url, toBase64Url } from "./base64url";
