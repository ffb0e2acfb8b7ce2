import { createApiClient, reasonOf, type ApiClient } from "@twofold/client";
import { cryptoKeySigner, type Device } from "@twofold/device";
import type { StoredAccount } from "./shared/storage";

/** The server that served this app (same origin: its cookie-less device procedures). */
export const api: ApiClient = createApiClient({ url: `${location.origin}/trpc` });

/** The account's device as the device functions take it (its key signs; it is never read). */
export function deviceOf(account: StoredAccount): Device {
  return {
    deviceId: account.deviceId,
    signer: cryptoKeySigner(account.privateKey, account.publicKey),
    serverPublicKey: account.serverPublicKey,
  };
}

/** The server's reason for a failure ("NETWORK" when it could not be reached). */
export function reason(error: unknown): string {
  return reasonOf(error);
}
