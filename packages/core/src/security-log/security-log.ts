import { schema } from "@twofold/db";
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import type { Deps } from "../deps";
import { TwofoldError } from "../errors";
import type { RequestMeta, Tx } from "../ports";
import { describeUserAgent } from "@twofold/push-protocol";
import { typesOfKinds, type SecurityLogKind } from "./kinds";

/** Every security-relevant thing that happens to an account. */
export const SECURITY_EVENT_TYPES = [
  "account_created",
  "sign_in_succeeded",
  "sign_in_failed",
  "sign_in_pending_second_factor",
  "sign_in_rate_limited",
  "second_factor_failed",
  "code_replay_refused",
  "factor_locked",
  "factor_disabled",
  "factor_enabled_again",
  "factor_added",
  "factor_renamed",
  "factor_removed",
  "two_factor_enabled",
  "two_factor_disabled",
  "backup_code_used",
  "backup_codes_generated",
  "preferred_factor_changed",
  "reauthenticated",
  "signed_out",
  "cloned_key_suspected",
  "push_approved",
  "push_denied",
  "push_reported",
  "push_wrong_number",
  "sms_code_sent",
  "sms_code_not_sent",
  "app_password_created",
  "app_password_revoked",
  "app_passwords_revoked",
  "app_password_first_used",
  "sync_login_refused",
  "password_changed",
  "session_ended",
  "sessions_ended",
  "browser_policy_changed",
  "browser_trusted",
  "trusted_browser_revoked",
  "not_me_reported",
  "locale_changed",
  "recovery_address_set",
  "recovery_address_changed",
  "recovery_address_removed",
  "recovery_phone_set",
  "recovery_phone_changed",
  "recovery_phone_removed",
  "password_reset_requested",
  "password_reset",
  "account_recovery_link_sent",
  "account_recovery_refused",
  "account_recovery_started",
  "account_recovery_reminder",
  "account_recovery_cancelled",
  "account_recovery_completed",
  "sign_up_attempted",
  "sign_up_repeated",
  "verification_code_sent",
  "email_verified",
  "app_signed_in",
  "app_authorized",
  "methods_confirmed",
] as const;
export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];

export type EventDetail = Record<string, string | number | boolean>;

export interface SecurityEvent {
  id: number;
  type: SecurityEventType;
  createdAt: Date;
  ip: string;
  userAgent: string;
  /** What a person recognises of the user agent. */
  browser: string | null;
  os: string | null;
  /** Where the address is ("Zurich, CH"), looked up as the log is read; null when unknown. */
  place: string | null;
  detail: EventDetail;
}

/** One security-log entry to write. */
export interface NewSecurityEvent {
  accountId: string;
  type: SecurityEventType;
  meta: RequestMeta;
  detail?: EventDetail;
  /** The transaction the change runs in, so both land or neither; else the database. */
  tx?: Tx;
}

/**
 * Writes one event (in `event.tx` when given, so the change and its entry land together).
 * Returns its id (a mail about it is queued under that id).
 */
export async function recordEvent(
  deps: Pick<Deps, "clock" | "db">,
  event: NewSecurityEvent,
): Promise<number> {
  const { accountId, type, meta, detail = {}, tx = deps.db } = event;
  const [row] = await tx
    .insert(schema.securityEvents)
    .values({
      accountId,
      type,
      createdAt: deps.clock.now(),
      ip: meta.ip.slice(0, 64),
      userAgent: meta.userAgent.slice(0, 512),
      detail,
    })
    .returning({ id: schema.securityEvents.id });
  if (!row) throw new TwofoldError("EVENT_NOT_WRITTEN", "the security event was not written");
  return row.id;
}

export const SECURITY_LOG_PAGE = 50;

/** Which page of the log: `cursor` is the id of the last event of the previous page. */
export interface LogQuery {
  cursor?: number;
  /** Only events of these groups; absent or empty: every event. */
  kinds?: readonly SecurityLogKind[];
}

/** Newest first, a page at a time. */
export async function listEvents(
  deps: Deps,
  accountId: string,
  query: LogQuery = {},
): Promise<{ events: SecurityEvent[]; nextCursor: number | null }> {
  const t = schema.securityEvents;
  const { cursor, kinds = [] } = query;
  const rows = await deps.db
    .select()
    .from(t)
    .where(
      and(
        eq(t.accountId, accountId),
        cursor === undefined ? undefined : lt(t.id, cursor),
        kinds.length === 0 ? undefined : inArray(t.type, typesOfKinds(kinds)),
      ),
    )
    .orderBy(desc(t.id))
    .limit(SECURITY_LOG_PAGE + 1);
  const page = rows.slice(0, SECURITY_LOG_PAGE);
  const last = page.at(-1);
  return {
    events: page.map((r) => ({
      id: r.id,
      type: r.type as SecurityEventType,
      createdAt: r.createdAt,
      ip: r.ip,
      userAgent: r.userAgent,
      ...describeUserAgent(r.userAgent),
      place: deps.geo.locate(r.ip),
      detail: r.detail,
    })),
    nextCursor: rows.length > SECURITY_LOG_PAGE && last ? last.id : null,
  };
}
