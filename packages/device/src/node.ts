// `@twofold/device/node`: the terminal's adapters over the browser-safe core. Its device keeps
// a JWK key pair in a file readable by its owner only (apps/tui's device store), and talks to
// the gateway through `ws`. Same names as the main entry, taking the stored identity.
import type { ApiClient } from "@twofold/client";
import type { PushDecision, PushRequestView } from "@twofold/push-protocol";
import WebSocket from "ws";
import { cryptoKeySigner, publicJwk, type DeviceSigner, type PublicKeyJwk } from "./crypto";
import * as core from "./device";
import * as recovery from "./recovery";
import { connectGateway as connect } from "./gateway";

/** A device's key pair as the terminal stores it (JSON); only the public half leaves it. */
export interface DeviceKeys {
  privateKey: JsonWebKey;
  publicKey: PublicKeyJwk;
}

/** What the terminal keeps per server: the enrollment and its key pair. */
export interface DeviceIdentity extends core.DeviceEnrollment {
  keys: DeviceKeys;
}

const ECDSA_KEY = { name: "ECDSA", namedCurve: "P-256" } as const;

export async function generateDeviceKeys(): Promise<DeviceKeys> {
  const pair = await crypto.subtle.generateKey(ECDSA_KEY, true, ["sign", "verify"]);
  return {
    privateKey: await crypto.subtle.exportKey("jwk", pair.privateKey),
    publicKey: publicJwk(await crypto.subtle.exportKey("jwk", pair.publicKey)),
  };
}

/** A signer over a stored JWK private key. */
export function jwkSigner(keys: DeviceKeys): DeviceSigner {
  const key = crypto.subtle.importKey("jwk", keys.privateKey, ECDSA_KEY, false, ["sign"]);
  const signer = (async () => cryptoKeySigner(await key, keys.publicKey))();
  return { publicKey: keys.publicKey, sign: async (payload) => (await signer).sign(payload) };
}

/** ECDSA P-256 over the payload with a stored JWK; r||s, base64url. */
export async function signPayload(privateKey: JsonWebKey, payload: string): Promise<string> {
  const key = await crypto.subtle.importKey("jwk", privateKey, ECDSA_KEY, false, ["sign"]);
  return cryptoKeySigner(key, publicJwk(privateKey)).sign(payload);
}

const signers = new WeakMap<DeviceIdentity, DeviceSigner>();
/** The identity as the core functions take it (its signer made once per identity object). */
export function deviceOf(identity: DeviceIdentity): core.Device {
  let signer = signers.get(identity);
  if (!signer) {
    signer = jwkSigner(identity.keys);
    signers.set(identity, signer);
  }
  return { deviceId: identity.deviceId, signer, serverPublicKey: identity.serverPublicKey };
}

/** Enrolls the terminal: makes a JWK key pair here, sends only the public key. */
export async function enrollDevice(
  api: ApiClient,
  server: string,
  input: { enrollmentCode: string; name: string; platform: string },
): Promise<DeviceIdentity> {
  const keys = await generateDeviceKeys();
  const enrolled = await core.enrollDevice(api, server, { ...input, signer: jwkSigner(keys) });
  return { ...enrolled, keys };
}

export const pendingRequests = (
  api: ApiClient,
  identity: DeviceIdentity,
  now?: Date,
): Promise<PushRequestView[]> => core.pendingRequests(api, deviceOf(identity), now);

export const answerRequest = (
  api: ApiClient,
  identity: DeviceIdentity,
  requestId: string,
  decision: PushDecision,
  number: number | null = null,
): Promise<{ status: "approved" | "denied" | "reported" }> =>
  core.answerRequest(api, deviceOf(identity), requestId, decision, number);

export const subscribeWebPush = (
  api: ApiClient,
  identity: DeviceIdentity,
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } },
  now?: Date,
): Promise<void> => core.subscribeWebPush(api, deviceOf(identity), subscription, now);

export const requestStatus = (
  api: ApiClient,
  identity: DeviceIdentity,
  requestId: string,
  now?: Date,
): Promise<core.RequestState> => core.requestStatus(api, deviceOf(identity), requestId, now);

export const removeDevice = (api: ApiClient, identity: DeviceIdentity, now?: Date): Promise<void> =>
  core.removeDevice(api, deviceOf(identity), now);

/** connectGateway over `ws`. */
export const connectGateway = (
  identity: DeviceIdentity,
  handlers: Omit<Parameters<typeof connect>[1], "WebSocket">,
): { close: () => void } => connect(identity, { ...handlers, WebSocket });

export { verifiedRequests, type RequestState } from "./device";
export { verifyPayload, type DeviceSigner, type PublicKeyJwk } from "./crypto";
export { offlineCode } from "./offline-code";
export { RETRY_PAUSES_MS, sendUntilDelivered, type Delivery } from "./retry";
export type { DeviceRecoveryStatus } from "./recovery";
/** The identity's account's pending recovery (signed by it). */
export const recoveryStatus = (api: ApiClient, identity: DeviceIdentity, now?: Date) =>
  recovery.recoveryStatus(api, deviceOf(identity), now);
/** "Cancel this recovery" from this terminal's device identity (signed by it). */
export const cancelRecovery = (api: ApiClient, identity: DeviceIdentity, now?: Date) =>
  recovery.cancelRecovery(api, deviceOf(identity), now);
export type { GatewayState } from "./gateway";
export type { PushDecision, PushRequestView } from "@twofold/push-protocol";
