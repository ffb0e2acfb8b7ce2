import type { ApiClient } from "@twofold/client";
import { recoveryCancelPayload, recoveryStatusPayload } from "@twofold/push-protocol";
import type { Device } from "./device";

/** A pending account recovery of the device's account, as the device shows it. */
export type DeviceRecoveryStatus =
  { pending: false } | { pending: true; startedAt: string; endsAt: string };

/** The device's account's pending recovery (signed by the device, within a minute of `now`). */
export async function recoveryStatus(
  api: ApiClient,
  device: Device,
  now: Date = new Date(),
): Promise<DeviceRecoveryStatus> {
  const at = now.toISOString();
  const signature = await device.signer.sign(recoveryStatusPayload(device.deviceId, at));
  return api.recovery.deviceStatus.mutate({ deviceId: device.deviceId, at, signature });
}

/** "Cancel this recovery": ends the account's pending recovery for good (signed by the device). */
export async function cancelRecovery(
  api: ApiClient,
  device: Device,
  now: Date = new Date(),
): Promise<void> {
  const at = now.toISOString();
  const signature = await device.signer.sign(recoveryCancelPayload(device.deviceId, at));
  await api.recovery.deviceCancel.mutate({ deviceId: device.deviceId, at, signature });
}
