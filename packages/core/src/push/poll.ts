import { schema } from "@twofold/db";
import { pollPayload, type PushRequestView } from "@twofold/push-protocol";
import { and, eq, gt, isNotNull, sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { signedDevice } from "./signed-device";
import { ok, type Result } from "../errors";
import { started } from "./requests";

/**
 * The requests waiting for a device, asked by the device itself (signed, within a minute of its
 * clock): what it shows after a reconnect, or when a push could not reach it.
 */
export async function pendingForDevice(
  deps: Deps,
  input: { deviceId: string; at: string; signature: string },
): Promise<Result<PushRequestView[], "DEVICE_NOT_FOUND" | "INVALID_SIGNATURE">> {
  const signed = await signedDevice(deps, {
    deviceId: input.deviceId,
    payload: pollPayload(input.deviceId, input.at),
    signature: input.signature,
    at: input.at,
  });
  if (!signed.ok) return signed;
  const device = signed.value;
  const d = schema.devices;
  const now = deps.clock.now();
  await deps.db.update(d).set({ lastSeenAt: now }).where(eq(d.factorId, input.deviceId));
  const p = schema.pushRequests;
  const rows = await deps.db
    .select()
    .from(p)
    .where(
      and(
        eq(p.accountId, device.accountId),
        eq(p.status, "pending"),
        // A request whose sign-in ended is over, though never answered.
        isNotNull(p.sessionId),
        gt(p.expiresAt, sql`${now.toISOString()}::timestamptz`),
      ),
    );
  const [account] = await deps.db
    .select({ email: schema.accounts.email })
    .from(schema.accounts)
    .where(eq(schema.accounts.id, device.accountId));
  return ok(rows.map((row) => started(deps, row, account?.email ?? "").view));
}
