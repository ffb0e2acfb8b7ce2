import { appendEntry, readEntries } from "../outbox/jsonl";
import type { Mail, Mailer } from "./mailer";

export interface MailOutboxEntry extends Mail {
  sentAt: string;
}

/** The embedded mailer: emails are appended to a file; `pnpm mail:outbox` prints the latest. */
export function outboxMailer(file: string, now: () => Date = () => new Date()): Mailer {
  return {
    name: "outbox",
    send: (mail) => appendEntry(file, { sentAt: now().toISOString(), ...mail }),
  };
}

/** The latest emails of an outbox, newest last. */
export function readMailOutbox(file: string, count = 5): Promise<MailOutboxEntry[]> {
  return readEntries(file, count, isMail);
}

function isMail(value: unknown): value is MailOutboxEntry {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.to === "string" &&
    typeof v.subject === "string" &&
    typeof v.text === "string" &&
    typeof v.sentAt === "string"
  );
}
