// A real sync server in front of Twofold: Debian's Dovecot, its passdb asking POST /sync/check.
import { randomUUID } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatabaseHandle } from "@twofold/db";
import { createTestDatabase, imapLogin, startDovecot, type RunningDovecot } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { startServer, type RunningServer } from "./server";
import { call, data } from "../test/http";
import { signUpWithTOTP } from "../test/person";
import { sender, signUp as signUpWith } from "../test/person";

const SECRET = "a-sync-secret-of-at-least-32-characters";
const PASSWORD = "correct horse battery staple";

describe("Dovecot asks Twofold for IMAP logins", () => {
  const dir = mkdtempSync(join(tmpdir(), "twofold-dovecot-"));
  // Dovecot's own users (auth, mail) reach the configuration and the mail under it.
  chmodSync(dir, 0o755);
  let server: RunningServer | undefined;
  let database: DatabaseHandle | undefined;
  let dovecot: RunningDovecot | undefined;
  let port: number;
  let url = "";

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startServer({
      env: readEnv({ PORT: "0", LOG_LEVEL: "silent", TWOFOLD_SYNC_SECRET: SECRET }),
      database,
    });
    url = server.url;
    dovecot = await startDovecot({ dir, url, syncSecret: SECRET });
    port = dovecot.port;
  }, 60_000);

  // Stops only what beforeAll got to start.
  afterAll(async () => {
    await dovecot?.stop();
    await server?.close();
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** An account with two-step on (an OTP app) and application passwords of the given scopes. */
  async function person(scopes: string[][]) {
    const email = `imap-${randomUUID()}@example.ch`;
    const { token } = await signUpWithTOTP(url, { email, password: PASSWORD });
    const passwords = [];
    for (const s of scopes) {
      passwords.push(
        data<{ id: string; password: string }>(
          await call(url, "appPasswords.create", { name: s.join("+"), scopes: s }, { token }),
        ),
      );
    }
    return { email, token, passwords };
  }

  it("lets a mail application password in, and nothing else of a two-step account", async () => {
    const { email, token, passwords } = await person([["mail"], ["calendar"], ["mail"]]);
    const [mail, calendar, revoked] = passwords;
    if (!mail || !calendar || !revoked) throw new Error("passwords missing");
    data(await call(url, "appPasswords.revoke", { id: revoked.id }, { token }));

    expect(await imapLogin(port, email, mail.password)).toBe("OK");
    expect(await imapLogin(port, email, PASSWORD)).toBe("NO");
    expect(await imapLogin(port, email, revoked.password)).toBe("NO");
    expect(await imapLogin(port, email, calendar.password)).toBe("NO");
    expect(await imapLogin(port, "someone-else@example.ch", mail.password)).toBe("NO");

    const list = data<{ name: string; lastUsedAt: string | null; lastUsedClient: string | null }[]>(
      await call(url, "appPasswords.list", undefined, { token, method: "GET" }),
    );
    expect(list.find((p) => p.name === "mail")).toMatchObject({ lastUsedClient: "dovecot imap" });
    expect(list.find((p) => p.name === "mail")?.lastUsedAt).not.toBeNull();
  });

  it("lets an account without two-step in with its password", async () => {
    const email = `imap-plain-${Date.now()}@example.ch`;
    await signUpWith(sender(url), email, PASSWORD);
    expect(await imapLogin(port, email, PASSWORD)).toBe("OK");
    expect(await imapLogin(port, email, "not the password at all")).toBe("NO");
  });
});
