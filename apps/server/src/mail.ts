import { join, resolve } from "node:path";
import { noMailer, outboxMailer, smtpMailer, type Mailer } from "@twofold/core";
import type { Env } from "./env";

/** Where the embedded mailer writes: TWOFOLD_MAIL_OUTBOX, or a file in the data folder. */
export function mailOutboxFile(env: Env): string {
  return resolve(env.TWOFOLD_MAIL_OUTBOX ?? join(env.TWOFOLD_DATA_DIR, "mail-outbox.jsonl"));
}

/** The mailer the environment names (readEnv has checked it has what it needs). */
export function mailer(env: Env): Mailer {
  switch (env.TWOFOLD_MAIL) {
    case "smtp":
      return smtpMailer({ url: env.TWOFOLD_SMTP_URL ?? "", from: env.TWOFOLD_MAIL_FROM });
    case "outbox":
      return outboxMailer(mailOutboxFile(env));
    case "off":
      return noMailer;
  }
}
