import { schema } from "@twofold/db";
import { pollPayload, type PushRequestView } from "@twofold/push-protocol";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import { started } from "./requests";
import { importDeviceKey, verifyDeviceSignature, type DeviceAlgorithm } from "./signing";

const CLOCK_SKEW_MS = 60_000;

/**
 * The requests waiting for a device, asked by the device itself (signed, within a minute of its
 * clock): what it shows after a reconnect, or when a push could not reach it.
 */
export async function pendingForDevice(
  deps: Deps,
  input: { deviceId: string; at: string; signature: string },
): Promise<Result<PushRequestView[], "DEVICE_NOT_FOUND" | "INVALID_SIGNATURE">> {
  const d = schema.devices;
  const f = schema.factors;
  const [device] = await deps.db
    .select({ accountId: f.accountId, publicKey: d.publicKey, algorithm: d.algorithm })
    .from(d)
    .innerJoin(f, eq(f.id, d.factorId))
    .where(eq(d.factorId, input.deviceId));
  if (!device) return fail("DEVICE_NOT_FOUND");
  const algorithm = device.algorithm as DeviceAlgorithm;
  const key = importDeviceKey(device.publicKey, algorithm);
  const now = deps.clock.now();
  const at = Date.parse(input.at);
  if (
    !key ||
    !Number.isFinite(at) ||
    Math.abs(now.getTime() - at) > CLOCK_SKEW_MS ||
    !verifyDeviceSignature(key, algorithm, pollPayload(input.deviceId, input.at), input.signature)
  )
    return fail("INVALID_SIGNATURE");
  await deps.db.update(d).set({ lastSeenAt: now }).where(eq(d.factorId, input.deviceId));
  const p = schema.pushRequests;
  const rows = await deps.db
    .select()
    .from(p)
    .where(
      and(
        eq(p.accountId, device.accountId),
        eq(p.status, "pending"),
        gt(p.expiresAt, sql`${now.toISOString()}::timestamptz`),
      ),
    );
  const [account] = await deps.db
    .select({ email: schema.accounts.email })
    .from(schema.accounts)
    .where(eq(schema.accounts.id, device.accountId));
  return ok(rows.map((row) => started(deps, row, account?.email ?? "").view));
}
