import { queryRows, schema } from "@twofold/db";
import { and, eq, sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { signedDevice } from "./signed-device";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { answerPayload, type PushDecision } from "./signing";

export interface PushAnswer {
  requestId: string;
  deviceId: string;
  decision: PushDecision;
  /** The number the person typed (approve only). */
  number: number | null;
  /** The device's signature over answerPayload(...). */
  signature: string;
}

export type AnswerReason =
  | "DEVICE_NOT_FOUND"
  | "INVALID_SIGNATURE"
  | "PUSH_REQUEST_NOT_FOUND"
  | "PUSH_EXPIRED"
  | "PUSH_ALREADY_ANSWERED"
  | "WRONG_NUMBER";

const OUTCOME = { approve: "approved", deny: "denied", report: "reported" } as const;
const EVENT = {
  approved: "push_approved",
  denied: "push_denied",
  reported: "push_reported",
  wrong_number: "push_wrong_number",
} as const;

/**
 * A device answers: its signature over (request, decision, number, device) is checked, then ONE
 * conditional UPDATE records the answer, so of concurrent answers exactly one counts. A wrong
 * number ends the request. "Report" also ends the account's other pending requests and pauses
 * pushes to it.
 */
export async function answerPush(
  deps: Deps,
  answer: PushAnswer,
  meta: RequestMeta,
): Promise<Result<{ status: "approved" | "denied" | "reported" }, AnswerReason>> {
  const signed = await signedDevice(deps, {
    deviceId: answer.deviceId,
    payload: answerPayload(answer),
    signature: answer.signature,
  });
  if (!signed.ok) return signed;
  const device = signed.value;
  const d = schema.devices;

  const now = deps.clock.now();
  const at = sql`${now.toISOString()}::timestamptz`;
  const outcome = OUTCOME[answer.decision];
  const [row] = await queryRows<{ status: keyof typeof EVENT }>(
    deps.db,
    sql`update push_requests
           set status = case when ${outcome} = 'approved' and number is distinct from ${answer.number}::int
                             then 'wrong_number' else ${outcome} end,
               answered_at = ${at}, device_factor_id = ${answer.deviceId}
         where id = ${answer.requestId} and account_id = ${device.accountId}
           and status = 'pending' and expires_at > ${at}
     returning status`,
  );
  if (!row) return fail(await whyNot(deps, answer.requestId, device.accountId));

  await deps.db.update(d).set({ lastSeenAt: now }).where(eq(d.factorId, answer.deviceId));
  await recordEvent(deps, deps.db, device.accountId, EVENT[row.status], meta, {
    device: device.label,
  });
  if (row.status === "reported") await pauseAccount(deps, device.accountId);
  if (row.status === "wrong_number") return fail("WRONG_NUMBER");
  return ok({ status: row.status });
}

async function whyNot(
  deps: Deps,
  requestId: string,
  accountId: string,
): Promise<"PUSH_REQUEST_NOT_FOUND" | "PUSH_EXPIRED" | "PUSH_ALREADY_ANSWERED"> {
  const p = schema.pushRequests;
  const [row] = await deps.db
    .select({ status: p.status, expiresAt: p.expiresAt })
    .from(p)
    .where(and(eq(p.id, requestId), eq(p.accountId, accountId)));
  if (!row) return "PUSH_REQUEST_NOT_FOUND";
  if (row.status !== "pending") return "PUSH_ALREADY_ANSWERED";
  return "PUSH_EXPIRED";
}

/** After a report: every pending request ends, and no push reaches the account for a while. */
async function pauseAccount(deps: Deps, accountId: string): Promise<void> {
  const now = deps.clock.now();
  const until = new Date(now.getTime() + deps.config.push.reportPauseMs);
  await deps.db
    .update(schema.pushRequests)
    .set({ status: "ended" })
    .where(
      and(eq(schema.pushRequests.accountId, accountId), eq(schema.pushRequests.status, "pending")),
    );
  await deps.db
    .insert(schema.pushPauses)
    .values({ accountId, until })
    .onConflictDoUpdate({ target: schema.pushPauses.accountId, set: { until } });
}
