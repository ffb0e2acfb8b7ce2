import { schema } from "@twofold/db";
import { statusPayload } from "@twofold/push-protocol";
import { and, eq } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import { signedDevice } from "./signed-device";

/**
 * Where a request stands, as the device that asks sees it. approved, denied, reported: this
 * device answered (a wrong number counts as denied: the sign-in was refused). cancelled: the
 * sign-in it was for ended (signed out, finished with another factor, ended by a report).
 */
export type DeviceRequestState =
  "waiting" | "approved" | "denied" | "reported" | "answered_elsewhere" | "cancelled" | "expired";

const ANSWERED_HERE: Record<string, DeviceRequestState> = {
  approved: "approved",
  used: "approved",
  denied: "denied",
  wrong_number: "denied",
  reported: "reported",
};

/**
 * The device asks (signed, within a minute of its clock) whether a request it shows is still
 * waiting, so its screen leaves when the request is over. Reads only. A request of another
 * account is not found, as an unknown one is: a device learns nothing about other accounts.
 */
export async function deviceRequestStatus(
  deps: Deps,
  input: { deviceId: string; requestId: string; at: string; signature: string },
): Promise<
  Result<
    { state: DeviceRequestState },
    "DEVICE_NOT_FOUND" | "INVALID_SIGNATURE" | "PUSH_REQUEST_NOT_FOUND"
  >
> {
  const signed = await signedDevice(deps, {
    deviceId: input.deviceId,
    payload: statusPayload(input.deviceId, input.requestId, input.at),
    signature: input.signature,
    at: input.at,
  });
  if (!signed.ok) return signed;
  const p = schema.pushRequests;
  const s = schema.sessions;
  const [row] = await deps.db
    .select({
      status: p.status,
      expiresAt: p.expiresAt,
      answeredBy: p.deviceFactorId,
      signIn: s.state,
    })
    .from(p)
    .leftJoin(s, eq(s.id, p.sessionId))
    .where(and(eq(p.id, input.requestId), eq(p.accountId, signed.value.accountId)));
  if (!row) return fail("PUSH_REQUEST_NOT_FOUND");
  return ok({ state: stateOf(row, input.deviceId, deps.clock.now()) });
}

function stateOf(
  row: { status: string; expiresAt: Date; answeredBy: string | null; signIn: string | null },
  deviceId: string,
  now: Date,
): DeviceRequestState {
  const answered = ANSWERED_HERE[row.status];
  if (answered) return row.answeredBy === deviceId ? answered : "answered_elsewhere";
  if (row.status !== "pending") return "cancelled";
  if (row.expiresAt <= now) return "expired";
  return row.signIn === "pending_second_factor" ? "waiting" : "cancelled";
}
