import { appendEntry, readEntries } from "../../outbox/jsonl";
import type { SmsMessage, SmsSender } from "../sender";

export interface OutboxEntry extends SmsMessage {
  sentAt: string;
}

/**
 * The embedded provider: messages are appended to a file instead of being sent, so a person
 * trying Twofold locally reads their code with `pnpm sms:outbox`.
 */
export function outboxSender(file: string, now: () => Date = () => new Date()): SmsSender {
  return {
    name: "outbox",
    send: (message) => appendEntry(file, { sentAt: now().toISOString(), ...message }),
  };
}

/** The latest messages of an outbox, newest last; none when nothing was sent yet. */
export function readOutbox(file: string, count = 5): Promise<OutboxEntry[]> {
  return readEntries(file, count, isEntry);
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.to === "string" && typeof v.body === "string" && typeof v.sentAt === "string";
}
