import { queryRows, schema } from "@twofold/db";
import { and, eq, sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { signedDevice } from "./signed-device";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { pushChanged } from "./changed";
import { secureAfterReport } from "./report";
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
 * number ends the request. "Report" also secures the account (`secureAfterReport`): pushes
 * pause, waiting sign-ins end, and a new password is due.
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
  // The answer, its log entry and, for a report, what the report secures land together.
  const answered = await deps.db.transaction(async (tx) => {
    const [row] = await queryRows<{ status: keyof typeof EVENT }>(
      tx,
      sql`update push_requests
             set status = case when ${outcome} = 'approved' and number is distinct from ${answer.number}::int
                               then 'wrong_number' else ${outcome} end,
                 answered_at = ${at}, device_factor_id = ${answer.deviceId}
           where id = ${answer.requestId} and account_id = ${device.accountId}
             and status = 'pending' and expires_at > ${at} and session_id is not null
       returning status`,
    );
    if (!row) return null;
    await tx.update(d).set({ lastSeenAt: now }).where(eq(d.factorId, answer.deviceId));
    await recordEvent(deps, {
      tx,
      accountId: device.accountId,
      type: EVENT[row.status],
      meta,
      detail: {
        device: device.label,
      },
    });
    const ended =
      row.status === "reported"
        ? (await secureAfterReport(deps, tx, device.accountId)).endedRequests
        : [];
    return { status: row.status, changed: [answer.requestId, ...ended] };
  });
  if (!answered) return fail(await whyNot(deps, answer.requestId, device.accountId));
  // Committed: the sign-in waiting for it (here or on another server) learns it now.
  pushChanged(deps, answered.changed);
  const { status } = answered;
  if (status === "wrong_number") return fail("WRONG_NUMBER");
  return ok({ status });
}

async function whyNot(
  deps: Deps,
  requestId: string,
  accountId: string,
): Promise<"PUSH_REQUEST_NOT_FOUND" | "PUSH_EXPIRED" | "PUSH_ALREADY_ANSWERED"> {
  const p = schema.pushRequests;
  const [row] = await deps.db
    .select({ status: p.status, expiresAt: p.expiresAt, sessionId: p.sessionId })
    .from(p)
    .where(and(eq(p.id, requestId), eq(p.accountId, accountId)));
  // Its sign-in ended (the request outlives it only to tell devices so): nothing to answer.
  if (!row || (row.status === "pending" && row.sessionId === null)) return "PUSH_REQUEST_NOT_FOUND";
  if (row.status !== "pending") return "PUSH_ALREADY_ANSWERED";
  return "PUSH_EXPIRED";
}
