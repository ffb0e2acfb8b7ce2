import type { Messages } from "../i18n/en";
import type { api, SecurityEventView } from "./api";

export type EventType = SecurityEventView["type"];

type ListInput = Exclude<Parameters<typeof api.securityLog.list.query>[0], void | undefined>;
/** A group of events a person filters the log by (the server maps each event to one). */
export type LogKind = NonNullable<ListInput["kinds"]>[number];

/** The groups in the order the filter offers them. */
export const LOG_KINDS = [
  "sign_ins",
  "methods",
  "passwords_recovery",
  "sessions_browsers",
  "apps",
  "account",
] as const satisfies readonly LogKind[];

/** The group the address asks for (`?kind=methods`), or null for every event. */
export function kindFromSearch(search: string): LogKind | null {
  const kind = new URLSearchParams(search).get("kind");
  return LOG_KINDS.find((k) => k === kind) ?? null;
}

/** How an event reads at a glance: something refused or suspicious, a change, or a sign-in. */
export type EventTone = "alert" | "change" | "access";

/** Refusals, failures and suspicions: worth a second look when they were not the person. */
const ALERTS: ReadonlySet<EventType> = new Set<EventType>([
  "sign_in_failed",
  "sign_in_rate_limited",
  "second_factor_failed",
  "code_replay_refused",
  "factor_locked",
  "factor_disabled",
  "cloned_key_suspected",
  "push_denied",
  "push_reported",
  "push_wrong_number",
  "sms_code_not_sent",
  "sync_login_refused",
  "not_me_reported",
  // Someone is (or was) taking the account back without its methods: the owner must look.
  "account_recovery_link_sent",
  "account_recovery_refused",
  "account_recovery_started",
  "account_recovery_reminder",
]);

/** Getting in and out: sign-ins, their steps, sign-outs, codes sent to sign in. */
const ACCESS: ReadonlySet<EventType> = new Set<EventType>([
  "sign_in_succeeded",
  "sign_in_pending_second_factor",
  "reauthenticated",
  "signed_out",
  "backup_code_used",
  "push_approved",
  "sms_code_sent",
  "app_password_first_used",
]);

export function eventTone(type: EventType): EventTone {
  if (ALERTS.has(type)) return "alert";
  return ACCESS.has(type) ? "access" : "change";
}

/**
 * "Chrome on Linux"; a client the server did not recognise shows its own short name (a mail
 * app says "Thunderbird"), a long unknown string reads "Unknown browser".
 */
export function eventDevice(
  t: Messages,
  event: Pick<SecurityEventView, "browser" | "os" | "userAgent">,
): string {
  if (event.browser) return t.sessions.device(event.browser, event.os);
  const raw = event.userAgent.trim();
  const known = raw !== "" && raw.length <= 40 ? raw : t.sessions.unknownBrowser;
  return t.sessions.device(known, event.os);
}

export interface LogDay<E> {
  day: string;
  events: E[];
}

/** Events (newest first) in runs of the same day, `dayOf` naming an event's day. */
export function groupByDay<E extends { createdAt: string }>(
  events: readonly E[],
  dayOf: (iso: string) => string,
): LogDay<E>[] {
  const days: LogDay<E>[] = [];
  for (const event of events) {
    const day = dayOf(event.createdAt);
    const last = days.at(-1);
    if (last && last.day === day) last.events.push(event);
    else days.push({ day, events: [event] });
  }
  return days;
}
