import { schema } from "@twofold/db";
import { subscribePayload } from "@twofold/push-protocol";
import { eq, inArray, isNotNull, and } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import { importDeviceKey, verifyDeviceSignature, type DeviceAlgorithm } from "./signing";

export interface WebPushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

const CLOCK_SKEW_MS = 60_000;

/** A device registers (or replaces) its Web Push subscription, signed with its key. */
export async function subscribeDevice(
  deps: Deps,
  input: { deviceId: string; at: string; signature: string; subscription: WebPushSubscription },
): Promise<Result<{ subscribed: true }, "DEVICE_NOT_FOUND" | "INVALID_SIGNATURE">> {
  const d = schema.devices;
  const [device] = await deps.db
    .select({ publicKey: d.publicKey, algorithm: d.algorithm })
    .from(d)
    .where(eq(d.factorId, input.deviceId));
  if (!device) return fail("DEVICE_NOT_FOUND");
  const algorithm = device.algorithm as DeviceAlgorithm;
  const key = importDeviceKey(device.publicKey, algorithm);
  const at = Date.parse(input.at);
  const payload = subscribePayload(input.deviceId, input.subscription.endpoint, input.at);
  if (
    !key ||
    !Number.isFinite(at) ||
    Math.abs(deps.clock.now().getTime() - at) > CLOCK_SKEW_MS ||
    !verifyDeviceSignature(key, algorithm, payload, input.signature)
  )
    return fail("INVALID_SIGNATURE");
  await deps.db
    .update(d)
    .set({ pushSubscription: input.subscription })
    .where(eq(d.factorId, input.deviceId));
  return ok({ subscribed: true });
}

/** The Web Push subscriptions of these devices (for the server's Web Push delivery). */
export async function webPushSubscriptions(
  deps: Deps,
  deviceIds: readonly string[],
): Promise<WebPushSubscription[]> {
  if (deviceIds.length === 0) return [];
  const d = schema.devices;
  const rows = await deps.db
    .select({ subscription: d.pushSubscription })
    .from(d)
    .where(and(inArray(d.factorId, [...deviceIds]), isNotNull(d.pushSubscription)));
  return rows.flatMap((r) => (r.subscription ? [r.subscription] : []));
}
