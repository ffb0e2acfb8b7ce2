// Test helpers: a real local SMTP server, and a test engine that mails through it.
import type { DatabaseKind } from "@twofold/db";
import { startSmtpServer, type SmtpServer } from "@twofold/testing";
import { afterAll, beforeAll } from "vitest";
import type { TwofoldConfig } from "../src/config";
import { smtpMailer } from "../src/notifications/smtp-mailer";
import { useTestEngine, type TestEngine } from "./engine";

/** A local SMTP server for a describe block, started before its tests, closed after. */
export function useSmtp(): () => SmtpServer {
  let smtp: SmtpServer | undefined;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
  });
  return () => {
    if (!smtp) throw new Error("the SMTP server is used before beforeAll started it");
    return smtp;
  };
}

/** An engine that mails through its own SMTP server (a block's failing emails stay its own). */
export function useMailingEngine(
  kind: DatabaseKind,
  options: { config?: Partial<TwofoldConfig>; timeoutMs?: number } = {},
): { smtp: () => SmtpServer; engine: TestEngine } {
  const smtp = useSmtp();
  const engine = useTestEngine(kind, options.config, () => ({
    mailer: smtpMailer({
      url: smtp().url,
      from: "Twofold <no-reply@twofold.test>",
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    }),
  }));
  return { smtp, engine };
}

/** The emails the server received for `email`, oldest first. */
export function mailsTo(smtp: SmtpServer, email: string): SmtpServer["received"] {
  return smtp.received.filter((m) => m.to.includes(email));
}
