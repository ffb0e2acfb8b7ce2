import { canonicalTimeZone } from "../accounts/time-zone";
import type { MailLocale } from "./texts";

/** The conventions each mail language writes dates in: "7 Dec 2026, 15:04", "07.12.2026, 15:04". */
const TAGS: Record<MailLocale, string> = { en: "en-GB", fr: "fr-FR", de: "de-DE", it: "it-IT" };

/** Who reads the time: the account's language and time zone (null: none reported). */
export interface TimeReader {
  locale: MailLocale;
  timeZone: string | null;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: MailLocale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(TAGS[locale], {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone,
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * A time as the emails write it, in the reader's language and time zone, the zone named so
 * that no one has to guess it: "7 Dec 2026, 15:04 (Europe/Zurich)", "07.12.2026, 14:04 (UTC)"
 * when no zone is known (or a stored one this server's Intl no longer knows). "" for a date
 * that is not one.
 */
export function mailTime(at: Date, reader: TimeReader): string {
  if (Number.isNaN(at.getTime())) return "";
  const zone = (reader.timeZone !== null && canonicalTimeZone(reader.timeZone)) || "UTC";
  return `${formatFor(reader.locale, zone).format(at)} (${zone})`;
}
