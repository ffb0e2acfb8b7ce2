import { removePayload } from "@twofold/push-protocol";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { removeFactorIn } from "../two-factor/manage";
import { signedDevice } from "./signed-device";

/**
 * A device removes itself from its account ("remove this account from the phone"), signed with
 * its key within a minute of its clock: the same effect as removing it from the settings
 * (`push.removeDevice`): the factor and its key go, its Web Push subscription with them (the
 * device row is the factor's), the security log records it, and its email goes out. No session
 * is needed: the key proves the device, and removing a factor only takes power away from it.
 * Of concurrent removals one removes; the others find no device.
 */
export async function removeSignedDevice(
  deps: Deps,
  input: { deviceId: string; at: string; signature: string },
  meta: RequestMeta,
): Promise<
  Result<{ removed: true; twoFactorEnabled: boolean }, "DEVICE_NOT_FOUND" | "INVALID_SIGNATURE">
> {
  const signed = await signedDevice(deps, {
    deviceId: input.deviceId,
    payload: removePayload(input.deviceId, input.at),
    signature: input.signature,
    at: input.at,
  });
  if (!signed.ok) return signed;
  const removed = await deps.db.transaction((tx) =>
    removeFactorIn(deps, tx, {
      accountId: signed.value.accountId,
      factorId: input.deviceId,
      meta,
      kind: "push",
      detail: { by: "device" },
    }),
  );
  if (!removed) return fail("DEVICE_NOT_FOUND");
  return ok({ removed: true, twoFactorEnabled: removed.twoFactorEnabled });
}
