import type { webcrypto } from "node:crypto";

type JsonWebKey = webcrypto.JsonWebKey;

import type { ApiClient } from "@twofold/client";
import {
  answerPayload,
  pollPayload,
  requestPayload,
  subscribePayload,
  type PushDecision,
  type PushRequestView,
} from "@twofold/push-protocol";
import { generateDeviceKeys, signPayload, verifyPayload, type DeviceKeys } from "./crypto";

/** What a device keeps (in a file readable by its owner only): who it is and its private key. */
export interface DeviceIdentity {
  server: string;
  deviceId: string;
  account: string;
  keys: DeviceKeys;
  serverPublicKey: JsonWebKey;
  /** The gateway to stay connected to (null: none runs; the device asks the server instead). */
  gatewayUrl: string | null;
  gatewayTicket: string;
  /** Seed (base32) of the one-time codes this device shows when a push cannot arrive. */
  offlineSecret: string;
}

/**
 * Enrolls this device with the code from "Add an authenticator device": makes the key pair here,
 * sends only the public key.
 */
export async function enrollDevice(
  api: ApiClient,
  server: string,
  input: { enrollmentCode: string; name: string; platform: string },
): Promise<DeviceIdentity> {
  const keys = await generateDeviceKeys();
  const enrolled = await api.device.enroll.mutate({
    enrollmentCode: input.enrollmentCode,
    publicKey: keys.publicKey,
    algorithm: "ES256",
    name: input.name,
    platform: input.platform,
  });
  return {
    server,
    deviceId: enrolled.deviceId,
    account: enrolled.accountEmail,
    keys,
    serverPublicKey: enrolled.serverPublicKey,
    gatewayUrl: enrolled.gatewayUrl,
    gatewayTicket: enrolled.gatewayTicket,
    offlineSecret: enrolled.offlineSecret,
  };
}

/** Keeps only requests the server really signed (a forged push is dropped, never shown). */
export async function verifiedRequests(
  identity: DeviceIdentity,
  requests: readonly PushRequestView[],
): Promise<PushRequestView[]> {
  const checked = await Promise.all(
    requests.map(async (r) => {
      const { signature, ...fields } = r;
      return (await verifyPayload(identity.serverPublicKey, requestPayload(fields), signature))
        ? r
        : null;
    }),
  );
  return checked.filter((r): r is PushRequestView => r !== null);
}

/** Asks the server (signed) for the requests waiting for this device. */
export async function pendingRequests(
  api: ApiClient,
  identity: DeviceIdentity,
  now: Date = new Date(),
): Promise<PushRequestView[]> {
  const at = now.toISOString();
  const signature = await signPayload(identity.keys.privateKey, pollPayload(identity.deviceId, at));
  const { requests } = await api.device.pending.mutate({
    deviceId: identity.deviceId,
    at,
    signature,
  });
  return verifiedRequests(identity, requests);
}

/** YES (with the number the person typed), NO, or NO and report: signed, sent to the server. */
export async function answerRequest(
  api: ApiClient,
  identity: DeviceIdentity,
  requestId: string,
  decision: PushDecision,
  number: number | null = null,
): Promise<{ status: "approved" | "denied" | "reported" }> {
  const answer = { requestId, decision, number, deviceId: identity.deviceId };
  const signature = await signPayload(identity.keys.privateKey, answerPayload(answer));
  return api.device.answer.mutate({ ...answer, signature });
}

/**
 * Registers this device's Web Push subscription (what a browser's PushManager.subscribe or a
 * phone's push service gives), signed with its key: pushes then reach it without a live
 * connection.
 */
export async function subscribeWebPush(
  api: ApiClient,
  identity: DeviceIdentity,
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } },
  now: Date = new Date(),
): Promise<void> {
  const at = now.toISOString();
  const signature = await signPayload(
    identity.keys.privateKey,
    subscribePayload(identity.deviceId, subscription.endpoint, at),
  );
  await api.device.subscribe.mutate({ deviceId: identity.deviceId, at, signature, subscription });
}
