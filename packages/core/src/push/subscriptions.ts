import { schema } from "@twofold/db";
import { subscribePayload } from "@twofold/push-protocol";
import { eq, inArray, isNotNull, and } from "drizzle-orm";
import type { Deps } from "../deps";
import { signedDevice } from "./signed-device";
import { ok, type Result } from "../errors";

export interface WebPushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** A device registers (or replaces) its Web Push subscription, signed with its key. */
export async function subscribeDevice(
  deps: Deps,
  input: { deviceId: string; at: string; signature: string; subscription: WebPushSubscription },
): Promise<Result<{ subscribed: true }, "DEVICE_NOT_FOUND" | "INVALID_SIGNATURE">> {
  const signed = await signedDevice(deps, {
    deviceId: input.deviceId,
    payload: subscribePayload(input.deviceId, input.subscription.endpoint, input.at),
    signature: input.signature,
    at: input.at,
  });
  if (!signed.ok) return signed;
  const d = schema.devices;
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
