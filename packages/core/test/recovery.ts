// Test helpers: an engine that mails to an outbox file and texts a local SMS provider, and the
// codes a person receives there.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatabaseKind } from "@twofold/db";
import type { SmsProviderServer } from "@twofold/testing";
import {
  outboxMailer,
  readMailOutbox,
  type MailOutboxEntry,
} from "../src/notifications/outbox-mailer";
import { must, TEST_META, uniqueEmail, useTestEngine, type TestEngine } from "./engine";
import { GENEROUS_SMS_LIMITS, senderFor, useSmsProvider } from "./phones";
import { signedUpPerson } from "./sign-up";

export interface RecoveryWorld {
  engine: TestEngine;
  provider: SmsProviderServer;
  /** The emails to `email` so far, oldest first (after a round of the log and mail workers). */
  mailsTo: (email: string) => Promise<MailOutboxEntry[]>;
  /** The 6-digit code in the newest email to `email`. */
  mailedCode: (email: string) => Promise<string>;
}

/** An engine for a describe block whose mail goes to its own outbox and SMS to a local provider. */
export function useRecoveryWorld(kind: DatabaseKind): RecoveryWorld {
  const outbox = join(mkdtempSync(join(tmpdir(), "twofold-recovery-")), "mail.jsonl");
  const provider = useSmsProvider();
  const engine = useTestEngine(kind, GENEROUS_SMS_LIMITS, () => ({
    mailer: outboxMailer(outbox),
    sms: senderFor(provider),
  }));
  const mailsTo = async (email: string): Promise<MailOutboxEntry[]> => {
    await engine.twofold.securityLog.process();
    return (await readMailOutbox(outbox, 10_000)).filter((m) => m.to === email);
  };
  const mailedCode = async (email: string): Promise<string> => {
    const code = /\b(\d{6})\b/.exec((await mailsTo(email)).at(-1)?.text ?? "")?.[1];
    if (code === undefined) throw new Error(`no code mailed to ${email}`);
    return code;
  };
  return { engine, provider, mailsTo, mailedCode };
}

/** Signs a person up (in `locale`), address confirmed; their sign-in address and account id. */
export async function recoveryPerson(
  engine: TestEngine,
  locale?: "en" | "fr" | "de" | "it",
): Promise<{ email: string; accountId: string }> {
  const email = uniqueEmail("recovery");
  const issued = await signedUpPerson(engine, { email, ...(locale && { locale }) });
  return { email, accountId: issued.session.accountId };
}

/** Sets and confirms (with its mailed code) a recovery address for the account; returns it. */
export async function confirmedRecoveryAddress(
  world: RecoveryWorld,
  accountId: string,
): Promise<string> {
  const address = uniqueEmail("outside");
  const contacts = world.engine.twofold.recoveryContacts;
  must(await contacts.setAddress(accountId, { email: address }, TEST_META));
  const code = await world.mailedCode(address);
  must(await contacts.confirmAddress(accountId, { code }, TEST_META));
  return address;
}

/** Asks "send me a recovery link" for `email`; the token mailed to `address` ("" if none). */
export async function mailedRecoveryLink(
  world: RecoveryWorld,
  to: { email: string; address: string },
): Promise<string> {
  const asked = must(
    await world.engine.twofold.recovery.requestLink({ email: to.email, meta: TEST_META }),
  );
  await asked.sent;
  const mail = (await world.mailsTo(to.address)).at(-1);
  return /\/recover#token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1] ?? "";
}
