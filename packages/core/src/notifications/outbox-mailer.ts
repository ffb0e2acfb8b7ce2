import { stampedOutbox } from "../outbox/jsonl";
import type { Mail, Mailer } from "./mailer";

export interface MailOutboxEntry extends Mail {
  sentAt: string;
}

const outbox = (file: string, now: () => Date = () => new Date()) =>
  stampedOutbox<{ to: string; subject: string; text: string }>(file, {
    fields: ["to", "subject", "text"],
    now,
  });

/** The embedded mailer: emails are appended to a file; `pnpm mail:outbox` prints the latest. */
export function outboxMailer(file: string, now?: () => Date): Mailer {
  const box = outbox(file, now);
  return { name: "outbox", send: (mail) => box.append(mail) };
}

/** The latest emails of an outbox, newest last. */
export function readMailOutbox(file: string, count = 5): Promise<MailOutboxEntry[]> {
  return outbox(file).latest(count);
}
