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
  createdAt: string;
  expiresAt: string;
  /** The server's ECDSA P-256 signature (r||s, base64url) over requestPayload(...). */
  signature: string;
}

/** What the server signs for a request (the device checks it before showing anything). */
export function requestPayload(view: Omit<PushRequestView, "signature">): string {
  return JSON.stringify([
    "twofold/push-request/v1",
    view.requestId,
    view.account,
    view.ip,
    view.userAgent,
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
