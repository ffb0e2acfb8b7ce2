import { queryRows, schema } from "@twofold/db";
import { and, eq, gt, sql } from "drizzle-orm";
import { newId } from "../crypto/tokens";
import { isViolation } from "../db-errors";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import type { Session } from "../sessions/sessions";
import { requestPayload, type PushRequestView } from "@twofold/push-protocol";
import { signedDelivery } from "./gateway-tokens";
import { createServerSigner } from "./signing";

export interface StartedPush {
  requestId: string;
  number: number;
  expiresAt: Date;
  /** For the devices of the account (through the gateway), signed by the server. */
  view: PushRequestView;
}

/**
 * What a request is for: a pending session's second factor, or an active session confirming a
 * security change (step-up). Each finishes only what it was made for.
 */
export type PushPurpose = "sign_in" | "step_up";

/**
 * Why no request was made: no device, paused after a report, too many lately, or the session
 * ended in the same moment.
 */
export type StartPushReason =
  "FACTOR_NOT_AVAILABLE" | "PUSH_PAUSED" | "RATE_LIMITED" | "UNAUTHENTICATED";

/**
 * "Check your device": one pending request per sign-in (asking again returns it), at most
 * `maxPerWindow` per account per window, none while the account is paused after a report.
 * The number (10 to 99) is shown on the login page and typed on the device.
 */
export async function startPush(
  deps: Deps,
  session: Session,
  meta: RequestMeta,
): Promise<Result<StartedPush, "NO_PENDING_SIGN_IN" | StartPushReason>> {
  if (session.state !== "pending_second_factor") return fail("NO_PENDING_SIGN_IN");
  return openPushRequest(deps, { session, meta, purpose: "sign_in" });
}

/**
 * A request to the account's devices for this session, for `purpose`: the one pending request
 * of this session and purpose when there is one, else a new one under the account's limits.
 */
export async function openPushRequest(
  deps: Deps,
  opening: { session: Session; meta: RequestMeta; purpose: PushPurpose },
): Promise<Result<StartedPush, StartPushReason>> {
  const { session, meta, purpose } = opening;
  const now = deps.clock.now();
  const nowSQL = sql`${now.toISOString()}::timestamptz`;
  const { push } = deps.config;
  const devices = await deps.db
    .select({ id: schema.factors.id })
    .from(schema.factors)
    .where(and(eq(schema.factors.accountId, session.accountId), eq(schema.factors.kind, "push")));
  if (devices.length === 0) return fail("FACTOR_NOT_AVAILABLE");
  const [pause] = await deps.db
    .select({ until: schema.pushPauses.until })
    .from(schema.pushPauses)
    .where(
      and(eq(schema.pushPauses.accountId, session.accountId), gt(schema.pushPauses.until, nowSQL)),
    );
  if (pause) return fail("PUSH_PAUSED", pause.until);

  const [account] = await deps.db
    .select({ email: schema.accounts.email })
    .from(schema.accounts)
    .where(eq(schema.accounts.id, session.accountId));
  const p = schema.pushRequests;
  const [current] = await deps.db
    .select()
    .from(p)
    .where(
      and(
        eq(p.sessionId, session.id),
        eq(p.purpose, purpose),
        eq(p.status, "pending"),
        gt(p.expiresAt, nowSQL),
      ),
    );
  if (current) return ok(started(deps, current, account?.email ?? ""));

  // Counted and inserted under the account's row lock: concurrent starts queue, so a burst
  // cannot pass the window's limit (a bare INSERT ... WHERE count < n would let several see
  // the same count under READ COMMITTED).
  const id = newId(deps.random);
  const number = 10 + (Buffer.from(deps.random.bytes(4)).readUInt32BE(0) % 90);
  const expiresAt = new Date(now.getTime() + push.requestTtlMs);
  const windowStart = new Date(now.getTime() - push.windowMs).toISOString();
  // The place is looked up once and kept with the request (its context is JSON), so a device
  // that asks again later gets the same signed place, whatever the location database says then.
  const ip = meta.ip.slice(0, 64);
  const place = deps.geo.locate(ip);
  const context = {
    ip,
    userAgent: meta.userAgent.slice(0, 256),
    ...(place !== null && { place: place.slice(0, 128) }),
  };
  const inserting = deps.db.transaction(async (tx) => {
    await tx.execute(sql`select id from accounts where id = ${session.accountId} for update`);
    return queryRows<{ id: string }>(
      tx,
      sql`insert into push_requests (id, account_id, session_id, number, status, context, created_at, expires_at, purpose)
        select ${id}, ${session.accountId}, ${session.id}, ${number}, 'pending', ${JSON.stringify(context)}::jsonb,
               ${nowSQL}, ${expiresAt.toISOString()}::timestamptz, ${purpose}
         where (select count(*) from push_requests
                 where account_id = ${session.accountId} and created_at > ${windowStart}::timestamptz) < ${push.maxPerWindow}
        returning id`,
    );
  });
  // A sign-out in the same moment (another request of a batch) took the session away: no
  // request is made for it, and the caller is told its session ended.
  const rows = await inserting.catch((error: unknown) => {
    if (isViolation(error, "foreignKey")) return null;
    throw error;
  });
  if (rows === null) return fail("UNAUTHENTICATED");
  if (rows.length !== 1) return fail("RATE_LIMITED", new Date(now.getTime() + push.windowMs));
  const result = started(
    deps,
    { id, number, expiresAt, createdAt: now, context },
    account?.email ?? "",
  );
  // Best effort: a device that misses it finds it when it asks (device.pending).
  await deps
    .deliverPush(
      signedDelivery(
        deps,
        devices.map((d) => d.id),
        result.view,
      ),
    )
    .catch(() => undefined);
  return ok(result);
}

export function started(
  deps: Deps,
  row: {
    id: string;
    number: number;
    expiresAt: Date;
    createdAt: Date;
    context: Record<string, string>;
  },
  email: string,
): StartedPush {
  const fields = {
    requestId: row.id,
    account: email,
    ip: row.context.ip ?? "",
    userAgent: row.context.userAgent ?? "",
    place: row.context.place ?? null,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
  const signature = createServerSigner(deps.keys.pushSigning).sign(requestPayload(fields));
  return {
    requestId: row.id,
    number: row.number,
    expiresAt: row.expiresAt,
    view: { ...fields, signature },
  };
}
