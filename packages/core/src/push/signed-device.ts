import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import { importDeviceKey, verifyDeviceSignature, type DeviceAlgorithm } from "./signing";

const CLOCK_SKEW_MS = 60_000;

export interface SignedDevice {
  accountId: string;
  label: string;
}

/**
 * The device that signed `payload`: it exists (not removed), its public key verifies the
 * signature, and, when the payload carries the device's clock (`at`), that time is within a
 * minute of ours, so an old signed request cannot be replayed later.
 */
export async function signedDevice(
  deps: Deps,
  input: { deviceId: string; payload: string; signature: string; at?: string },
): Promise<Result<SignedDevice, "DEVICE_NOT_FOUND" | "INVALID_SIGNATURE">> {
  const d = schema.devices;
  const f = schema.factors;
  const [device] = await deps.db
    .select({
      accountId: f.accountId,
      label: f.label,
      publicKey: d.publicKey,
      algorithm: d.algorithm,
    })
    .from(d)
    .innerJoin(f, eq(f.id, d.factorId))
    .where(eq(d.factorId, input.deviceId));
  if (!device) return fail("DEVICE_NOT_FOUND");
  const algorithm = device.algorithm as DeviceAlgorithm;
  const key = importDeviceKey(device.publicKey, algorithm);
  if (input.at !== undefined) {
    const at = Date.parse(input.at);
    if (!Number.isFinite(at) || Math.abs(deps.clock.now().getTime() - at) > CLOCK_SKEW_MS)
      return fail("INVALID_SIGNATURE");
  }
  if (!key || !verifyDeviceSignature(key, algorithm, input.payload, input.signature))
    return fail("INVALID_SIGNATURE");
  return ok({ accountId: device.accountId, label: device.label });
}
