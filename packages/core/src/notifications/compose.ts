import { describeUserAgent } from "@twofold/push-protocol";
import type { Deps } from "../deps";
import type { Mail } from "./mailer";
import { notMeToken } from "./not-me";
import { mailDetails } from "./details";
import { mailTime, type TimeReader } from "./mail-time";
import { MAIL_TEXTS, NOTIFIED, mailLocale, type Notified } from "./texts";

/** A security event with what an email about it needs: its owner's address and language. */
export interface NotifiedEvent {
  event_id: string | number;
  account_id: string;
  created_at: Date | string;
  ip: string;
  user_agent: string;
  detail: Record<string, string | number | boolean>;
  email: string;
  locale: string;
  /** The account's IANA time zone; null: the email writes UTC. */
  time_zone: string | null;
}

/** The email an event calls for, if any; `knownBrowser`: a sign-in from a browser seen before. */
export function notifiedKind(event: { type: string; knownBrowser: boolean }): Notified | null {
  if (event.type === "sign_in_succeeded") return event.knownBrowser ? null : "new_browser_sign_in";
  return NOTIFIED.find((n) => n === event.type) ?? null;
}

/** The kind a queued row names (stored as text); null for one this version does not know. */
export function queuedKind(kind: string): Notified | null {
  return NOTIFIED.find((n) => n === kind) ?? null;
}

/**
 * The email about an event, in its owner's language. Its "this wasn't me" link is signed from
 * the account, the event and its time, so the same event always gives the same email (a retried
 * send is the same email) and nothing about the link is stored.
 */
export function composeMail(deps: Deps, event: NotifiedEvent, kind: Notified): Mail {
  const reader = timeReader(event);
  const t = MAIL_TEXTS[reader.locale];
  const subject = t.subject[kind];
  const from = origin(deps, event);
  const lines = [
    `${subject}.`,
    t.what(mailDetails(event.detail, reader)),
    `${t.when}: ${mailTime(new Date(event.created_at), reader)}`,
    from && `${t.from}: ${from}`,
    "",
    ...closing(deps, event, kind),
  ];
  return {
    to: event.email,
    subject: `Twofold: ${subject}`,
    text: `${lines.filter((l, i) => l !== "" || i === 4).join("\n")}\n`,
  };
}

/** Whom an email's times are written for: the account's language and time zone. */
export function timeReader(event: Pick<NotifiedEvent, "locale" | "time_zone">): TimeReader {
  return { locale: mailLocale(event.locale), timeZone: event.time_zone };
}

/** Where the event came from: "Firefox, Linux · IP 203.0.113.7 (near Zurich, CH)", or "". */
export function origin(
  deps: Pick<Deps, "geo">,
  event: Pick<NotifiedEvent, "ip" | "user_agent" | "locale">,
): string {
  const t = MAIL_TEXTS[mailLocale(event.locale)];
  const { browser, os } = describeUserAgent(event.user_agent);
  const place = event.ip ? deps.geo.locate(event.ip) : null;
  const address = event.ip && `IP ${event.ip}${place ? ` (${t.near(place)})` : ""}`;
  return [[browser, os].filter(Boolean).join(", "), address].filter(Boolean).join(" · ");
}

/**
 * What the person does next. No "this wasn't me" link where the person has just said so
 * themselves: after the link itself, and after a report from their device.
 */
function closing(deps: Deps, event: NotifiedEvent, kind: Notified): string[] {
  const t = MAIL_TEXTS[mailLocale(event.locale)];
  if (kind === "not_me_reported") return [t.notMeAfter];
  if (kind === "push_reported") return [t.reported];
  const token = notMeToken(deps, {
    accountId: event.account_id,
    sentAt: new Date(event.created_at),
    eventId: Number(event.event_id),
  });
  const link = `${deps.config.publicUrl}/not-me?token=${token}`;
  // A method "this wasn't me" removed (it was someone else's): nothing to add back.
  const line = event.detail.because === "not_me" ? t.notMe : (t.notMeFor[kind] ?? t.notMe);
  return [t.ignore, line, link];
}
