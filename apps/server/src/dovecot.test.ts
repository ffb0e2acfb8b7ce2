// A real sync server in front of Twofold: Debian's Dovecot, its passdb asking POST /sync/check.
import { randomUUID } from "node:crypto";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { DatabaseHandle } from "@twofold/db";
import { closedPort, createTestDatabase, requireProgram } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { startServer, type RunningServer } from "./server";
import { call, data } from "../test/http";
import { signUpWithTOTP } from "../test/person";
import { sender, signUp as signUpWith } from "../test/person";

// Without Dovecot this file fails here, in one line naming the package to install.
const DOVECOT = requireProgram("dovecot");
const CONFIGURE = resolve(import.meta.dirname, "../../../integrations/dovecot/configure.sh");
const SECRET = "a-sync-secret-of-at-least-32-characters";
const PASSWORD = "correct horse battery staple";

let client = 1;

/**
 * One IMAP LOGIN over a fresh connection, from its own loopback address (Dovecot delays the
 * next attempt from an address that failed): the tagged answer ("OK", "NO", ...).
 */
function imapLogin(port: number, user: string, password: string): Promise<string> {
  client += 1;
  return new Promise((done, failed) => {
    const socket = connect({ port, host: "127.0.0.1", localAddress: `127.0.1.${client}` });
    let buffer = "";
    let sent = false;
    socket.setTimeout(15_000, () => failed(new Error(`IMAP timed out: ${buffer}`)));
    socket.on("error", failed);
    socket.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      if (!sent && buffer.includes("* OK")) {
        sent = true;
        const quote = (s: string) => `"${s.replace(/(["\\])/g, "\\$1")}"`;
        socket.write(`a1 LOGIN ${quote(user)} ${quote(password)}\r\n`);
      }
      const tagged = /^a1 (OK|NO|BAD)/m.exec(buffer);
      if (tagged?.[1]) {
        socket.end("a2 LOGOUT\r\n");
        done(tagged[1]);
      }
    });
  });
}

async function waitForPort(port: number, dovecot: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (dovecot.exitCode !== null) throw new Error(`dovecot exited: ${readFileSync(log, "utf8")}`);
    const open = await new Promise<boolean>((done) => {
      const s = connect(port, "127.0.0.1", () => {
        s.destroy();
        done(true);
      });
      s.on("error", () => done(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("dovecot did not listen");
}

describe("Dovecot asks Twofold for IMAP logins", () => {
  const dir = mkdtempSync(join(tmpdir(), "twofold-dovecot-"));
  // Dovecot's own users (auth, mail) reach the configuration and the mail under it.
  chmodSync(dir, 0o755);
  let server: RunningServer | undefined;
  let database: DatabaseHandle | undefined;
  let dovecot: ChildProcess | undefined;
  let port: number;
  let url = "";

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startServer({
      env: readEnv({ PORT: "0", LOG_LEVEL: "silent", TWOFOLD_SYNC_SECRET: SECRET }),
      database,
    });
    url = server.url;
    port = await closedPort();
    const conf = execFileSync(CONFIGURE, [join(dir, "dovecot"), String(port), url, SECRET, "test"])
      .toString()
      .trim();
    dovecot = spawn(DOVECOT, ["-F", "-c", conf], { stdio: "ignore" });
    await waitForPort(port, dovecot, join(dir, "dovecot", "dovecot.log"));
  }, 60_000);

  // Stops only what beforeAll got to start.
  afterAll(async () => {
    if (dovecot && dovecot.exitCode === null) {
      const running = dovecot;
      const exited = new Promise((r) => running.once("exit", r));
      running.kill("SIGTERM");
      await exited;
    }
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
