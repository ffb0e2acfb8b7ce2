import type { ApiClient } from "@twofold/client";
import {
  answerPayload,
  pollPayload,
  removePayload,
  requestPayload,
  statusPayload,
  subscribePayload,
  type PushDecision,
  type PushRequestView,
} from "@twofold/push-protocol";
import { verifyPayload, type DeviceSigner } from "./crypto";

/** What enrollment gives a device to keep (the private key stays with its signer). */
export interface DeviceEnrollment {
  server: string;
  deviceId: string;
  account: string;
  serverPublicKey: JsonWebKey;
  /** The gateway to stay connected to (null: none runs; the device asks the server instead). */
  gatewayUrl: string | null;
  gatewayTicket: string;
  /** Seed (base32) of the one-time codes this device shows when a push cannot arrive. */
  offlineSecret: string;
  /** The server's VAPID key for PushManager.subscribe (null: the server sends no Web Push). */
  vapidPublicKey: string | null;
}

/** A device as the functions below need it: who it is, its signer, the server's key. */
export interface Device {
  deviceId: string;
  signer: DeviceSigner;
  serverPublicKey: JsonWebKey;
}

/** Where a request stands, for the device that received it (approved/denied/reported: by it). */
export type RequestState =
  "waiting" | "approved" | "denied" | "reported" | "answered_elsewhere" | "cancelled" | "expired";

/**
 * Enrolls a device with the code from "Add an authenticator device": the signer's key was made
 * on the device; only its public key is sent.
 */
export async function enrollDevice(
  api: ApiClient,
  server: string,
  input: { enrollmentCode: string; name: string; platform: string; signer: DeviceSigner },
): Promise<DeviceEnrollment> {
  const enrolled = await api.device.enroll.mutate({
    enrollmentCode: input.enrollmentCode,
    publicKey: input.signer.publicKey,
    algorithm: "ES256",
    name: input.name,
    platform: input.platform,
  });
  return {
    server,
    deviceId: enrolled.deviceId,
    account: enrolled.accountEmail,
    serverPublicKey: enrolled.serverPublicKey,
    gatewayUrl: enrolled.gatewayUrl,
    gatewayTicket: enrolled.gatewayTicket,
    offlineSecret: enrolled.offlineSecret,
    vapidPublicKey: enrolled.vapidPublicKey,
  };
}

/** Is this request really the server's? (checked over every field a device shows) */
export async function isServerSigned(
  serverPublicKey: JsonWebKey,
  request: PushRequestView,
): Promise<boolean> {
  const { signature, ...fields } = request;
  return verifyPayload(serverPublicKey, requestPayload(fields), signature);
}

/** Keeps only requests the server really signed (a forged push is dropped, never shown). */
export async function verifiedRequests(
  device: { serverPublicKey: JsonWebKey },
  requests: readonly PushRequestView[],
): Promise<PushRequestView[]> {
  const checked = await Promise.all(
    requests.map(async (r) => ((await isServerSigned(device.serverPublicKey, r)) ? r : null)),
  );
  return checked.filter((r): r is PushRequestView => r !== null);
}

/** Asks the server (signed) for the requests waiting for this device. */
export async function pendingRequests(
  api: ApiClient,
  device: Device,
  now: Date = new Date(),
): Promise<PushRequestView[]> {
  const at = now.toISOString();
  const signature = await device.signer.sign(pollPayload(device.deviceId, at));
  const { requests } = await api.device.pending.mutate({
    deviceId: device.deviceId,
    at,
    signature,
  });
  return verifiedRequests(device, requests);
}

/** YES (with the number the person typed), NO, or NO and report: signed, sent to the server. */
export async function answerRequest(
  api: ApiClient,
  device: Device,
  requestId: string,
  decision: PushDecision,
  number: number | null = null,
): Promise<{ status: "approved" | "denied" | "reported" }> {
  const answer = { requestId, decision, number, deviceId: device.deviceId };
  const signature = await device.signer.sign(answerPayload(answer));
  return api.device.answer.mutate({ ...answer, signature });
}

/**
 * Registers this device's Web Push subscription (what a browser's PushManager.subscribe gives),
 * signed with its key; it replaces the previous one: pushes then reach it without a connection.
 */
export async function subscribeWebPush(
  api: ApiClient,
  device: Device,
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } },
  now: Date = new Date(),
): Promise<void> {
  const at = now.toISOString();
  const signature = await device.signer.sign(
    subscribePayload(device.deviceId, subscription.endpoint, at),
  );
  await api.device.subscribe.mutate({ deviceId: device.deviceId, at, signature, subscription });
}

/** Where one of this device's requests stands (signed: only the device it was sent to may ask). */
export async function requestStatus(
  api: ApiClient,
  device: Device,
  requestId: string,
  now: Date = new Date(),
): Promise<RequestState> {
  const at = now.toISOString();
  const signature = await device.signer.sign(statusPayload(device.deviceId, requestId, at));
  const { state } = await api.device.status.mutate({
    deviceId: device.deviceId,
    requestId,
    at,
    signature,
  });
  return state;
}

/** The device removes itself from its account (its factor and its Web Push subscription). */
export async function removeDevice(
  api: ApiClient,
  device: Device,
  now: Date = new Date(),
): Promise<void> {
  const at = now.toISOString();
  const signature = await device.signer.sign(removePayload(device.deviceId, at));
  await api.device.remove.mutate({ deviceId: device.deviceId, at, signature });
}
