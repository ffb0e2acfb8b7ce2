import type { AppRouter } from "@twofold/api";
import type { Locale } from "../locales";

// The log entry as the API answers it: the type union comes from core through the router, so
// this package needs no runtime dependency (and no @trpc/server) to name it.
type LoggedEvent = AppRouter["securityLog"]["list"]["_def"]["$types"]["output"]["events"][number];
export type SecurityEventType = LoggedEvent["type"];
export type EventDetail = LoggedEvent["detail"];

/** What a sentence may read of an event's detail: a missing or mistyped value reads as "". */
export interface Read {
  text: (key: string) => string;
  count: (key: string) => number;
  /** The method the event is about (detail `factor` or `kind`), in words. */
  method: () => string;
  /** The method and its name: authenticator app “Pixel phone”. */
  named: (nameKey?: string) => string;
  /** A name from the detail, quoted the language's way (or "" when absent). */
  quoted: (key: string) => string;
  /** imap -> IMAP: the protocol a mail, calendar or file app used. */
  protocol: () => string;
  /** The language named by detail `locale` ("fr" -> "French"). */
  language: () => string;
}

export type Sentences = Record<SecurityEventType, (d: Read) => string>;

export interface Words {
  methods: Record<string, string>;
  someMethod: string;
  quote: (name: string) => string;
  languages: Record<Locale, string>;
}
