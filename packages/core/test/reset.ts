/** Test support for "forgot password": the link a reset request mailed to an address. */
import { readMailOutbox } from "../src/notifications/outbox-mailer";
import type { TestEngine } from "./engine";

/**
 * The token of the newest reset link mailed to `email` through the outbox ("" when none), after
 * a round of the log and mail workers (the link's mail is queued, as every security mail).
 */
export async function resetTokenMailedTo(
  engine: Pick<TestEngine, "twofold">,
  outbox: string,
  email: string,
): Promise<string> {
  await engine.twofold.securityLog.process();
  const mail = (await readMailOutbox(outbox, 10_000))
    .filter((m) => m.to === email && m.subject === "Twofold: Choose a new password")
    .at(-1);
  return mail ? (/\/reset-password#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? "") : "";
}
