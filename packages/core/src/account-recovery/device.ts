import { recoveryCancelPayload, recoveryStatusPayload } from "@twofold/push-protocol";
import type { Deps } from "../deps";
import { fail, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { signedDevice } from "../push/signed-device";
import { cancelRecovery, recoveryStatus, type RecoveryStatus } from "./status";

/** A request signed by an authenticator device, within a minute of its clock. */
export interface SignedRequest {
  deviceId: string;
  at: string;
  signature: string;
}

/** The pending recovery of the device's account, for the device to show (signed by it). */
export async function deviceRecoveryStatus(
  deps: Deps,
  input: SignedRequest,
): Promise<Result<RecoveryStatus, "DEVICE_NOT_FOUND" | "INVALID_SIGNATURE">> {
  const signed = await signedDevice(deps, {
    deviceId: input.deviceId,
    payload: recoveryStatusPayload(input.deviceId, input.at),
    signature: input.signature,
    at: input.at,
  });
  if (!signed.ok) return signed;
  return { ok: true, value: await recoveryStatus(deps, signed.value.accountId) };
}

/**
 * "Cancel this recovery" on an authenticator device of the account (signed by it): the owner
 * who still holds a device cancels in one step, as from any session.
 */
export async function deviceCancelRecovery(
  deps: Deps,
  input: SignedRequest,
  meta: RequestMeta,
): Promise<
  Result<{ cancelled: true }, "DEVICE_NOT_FOUND" | "INVALID_SIGNATURE" | "RECOVERY_NOT_PENDING">
> {
  const signed = await signedDevice(deps, {
    deviceId: input.deviceId,
    payload: recoveryCancelPayload(input.deviceId, input.at),
    signature: input.signature,
    at: input.at,
  });
  if (!signed.ok) return signed;
  const { accountId } = signed.value;
  return (await recoveryStatus(deps, accountId)).pending
    ? cancelRecovery(deps, { accountId, meta, from: "device" })
    : fail("RECOVERY_NOT_PENDING");
}
