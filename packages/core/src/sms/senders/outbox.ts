import { stampedOutbox } from "../../outbox/jsonl";
import type { SmsMessage, SmsSender } from "../sender";

export interface OutboxEntry extends SmsMessage {
  sentAt: string;
}

const outbox = (file: string, now: () => Date = () => new Date()) =>
  stampedOutbox<{ to: string; body: string }>(file, { fields: ["to", "body"], now });

/**
 * The embedded provider: messages are appended to a file instead of being sent, so a person
 * trying Twofold locally reads their code with `pnpm sms:outbox`.
 */
export function outboxSender(file: string, now?: () => Date): SmsSender {
  const box = outbox(file, now);
  return { name: "outbox", send: (message) => box.append(message) };
}

/** The latest messages of an outbox, newest last; none when nothing was sent yet. */
export function readOutbox(file: string, count = 5): Promise<OutboxEntry[]> {
  return outbox(file).latest(count);
}
