// Threat: the mail server is down or hangs when a security change happens, and the person never hears of it (or the server stalls).
import { DEFAULT_CONFIG } from "@twofold/core";
import { queryRows, type DatabaseHandle } from "@twofold/db";
import {
  createTestDatabase,
  databaseKinds,
  startSmtpServer,
  type SmtpServer,
} from "@twofold/testing";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../../src/env";
import { startServer, type RunningServer } from "../../src/server";
import { call, data } from "../http";

const PASSWORD = "correct horse battery staple";

/** Waits for `check` to hold, at most `withinMs`; false if it never did. */
/** A mail's raw text with quoted-printable soft line breaks joined (long links are split). */
const unfolded = (raw: string): string => raw.replace(/=\r?\n/g, "");

async function eventually(
  check: () => Promise<boolean> | boolean,
  withinMs: number,
): Promise<boolean> {
  const end = Date.now() + withinMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe.each(databaseKinds())(
  "security emails while the mail server is down, then hangs, then answers, on %s",
  (kind) => {
    let smtp: SmtpServer;
    let server: RunningServer;
    let database: DatabaseHandle;

    beforeAll(async () => {
      smtp = await startSmtpServer();
      database = await createTestDatabase(kind);
      server = await startServer({
        env: readEnv({
          PORT: "0",
          TWOFOLD_MAIL: "smtp",
          TWOFOLD_SMTP_URL: smtp.url,
          TWOFOLD_GATEWAY: "off",
        }),
        logger: pino({ level: "silent" }),
        database,
        // The SMTP mailer's own timeouts are 15 s: the queue's bound on one send is the shorter.
        config: { mail: { ...DEFAULT_CONFIG.mail, sendTimeoutMs: 500 } },
      });
    });
    afterAll(async () => {
      await server.close();
      await database.close();
      await smtp.close();
    });

    it(
      "answers the change at once, keeps sealing the log, and sends the email once when the mail server is back",
      { timeout: 30_000 },
      async () => {
        // Signed up while the mail server works: the code comes by mail.
        const email = `mail-outage-${Date.now()}@example.ch`;
        data(await call(server.url, "auth.signUp", { email, password: PASSWORD }));
        const codeIn = () =>
          smtp.received
            .filter((m) => m.to.includes(email))
            .map((m) => /code(?:=3D|=)(\d{6})/.exec(unfolded(m.data))?.[1])
            .find(Boolean);
        expect(await eventually(() => codeIn() !== undefined, 10_000)).toBe(true);
        const { token } = data<{ token: string }>(
          await call(server.url, "auth.verifyEmail", {
            email,
            code: codeIn(),
            tokenInBody: true,
          }),
        );
        await smtp.stop();
        const change = await call(
          server.url,
          "account.setBrowserPolicy",
          { policy: "session_only" },
          { token },
        );
        expect(change.status).toBe(200);

        // Back, but hanging: every try the worker makes is cut short, and the log goes on.
        smtp.hang(true);
        await smtp.start();
        expect(await eventually(() => smtp.connections() >= 1, 10_000)).toBe(true);
        const again = await call(
          server.url,
          "account.setBrowserPolicy",
          { policy: "remember" },
          { token },
        );
        expect(again.status).toBe(200);
        const unsealed = async () =>
          (
            await queryRows<{ n: number }>(
              database.db,
              sql`select count(*)::int as n from security_events where seq is null`,
            )
          )[0]?.n;
        expect(await eventually(async () => (await unsealed()) === 0, 5_000)).toBe(true);

        // Answering again: both emails go out, with no restart, each once.
        smtp.hang(false);
        // The two security emails (the sign-up's confirmation went out before the outage).
        const mine = () =>
          smtp.received.filter(
            (m) => m.to.includes(email) && !/verify-email/.test(unfolded(m.data)),
          );
        expect(await eventually(() => mine().length >= 2, 15_000)).toBe(true);
        await new Promise((done) => setTimeout(done, 1500));
        expect(mine()).toHaveLength(2);
      },
    );
  },
);
