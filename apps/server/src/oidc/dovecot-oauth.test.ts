// IMAP with the OAuth token of an app signed in through Twofold: Debian's Dovecot asks Twofold's
// token introspection at every login (XOAUTH2, OAUTHBEARER), beside the application passwords.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatabaseHandle } from "@twofold/db";
import {
  createTestDatabase,
  imapAuthenticate,
  imapXOAuth2,
  otpAppCode,
  startDovecot,
  type RunningDovecot,
} from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../env";
import { startServer, type RunningServer } from "../server";
import { CookieBrowser } from "../../test/browser";
import { data } from "../../test/http";
import { signUpWithTOTP } from "../../test/person";
import {
  codeFlow,
  MAIL_SECRET,
  MAILSERVER_SECRET,
  relyingParty,
  signInBrowser,
  clientsFile,
} from "../../test/oidc";

const SYNC_SECRET = "a-sync-secret-of-at-least-32-characters";
const PASSWORD = "correct horse battery staple";

describe("Dovecot lets in an app's OAuth token while its Twofold session lives", () => {
  const dir = mkdtempSync(join(tmpdir(), "twofold-dovecot-oauth-"));
  chmodSync(dir, 0o755);
  let server: RunningServer | undefined;
  let database: DatabaseHandle | undefined;
  let dovecot: RunningDovecot | undefined;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startServer({
      env: readEnv({
        PORT: "0",
        LOG_LEVEL: "silent",
        TWOFOLD_SYNC_SECRET: SYNC_SECRET,
        TWOFOLD_OIDC_CLIENTS: clientsFile("http://127.0.0.1:9/logout"),
      }),
      database,
    });
    dovecot = await startDovecot({
      dir,
      url: server.url,
      syncSecret: SYNC_SECRET,
      args: ["test", "oauth", "mailserver", MAILSERVER_SECRET],
    });
  }, 60_000);
  afterAll(async () => {
    await dovecot?.stop();
    await server?.close();
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("opens the mailbox with the token, refuses another address, and stops when the session ends", async () => {
    if (!server || !dovecot) throw new Error("not started");
    const issuer = server.url.replace("127.0.0.1", "localhost");
    const email = `oauth-imap-${Date.now()}@example.ch`;
    const on = await signUpWithTOTP(server.url, { email, password: PASSWORD });
    const browser = new CookieBrowser(issuer);
    const code = () => otpAppCode(on.otpauthUri, new Date(Date.now() + 30_000));
    const mail = await relyingParty(issuer, "mail", MAIL_SECRET);
    const tokens = await codeFlow(browser, mail, {
      signIn: () => signInBrowser(browser, { email, password: PASSWORD, code }),
    });
    const { port } = dovecot;

    expect(await imapXOAuth2(port, email, tokens.access_token)).toBe("OK");
    const bearer = Buffer.from(
      `n,a=${email},\x01auth=Bearer ${tokens.access_token}\x01\x01`,
    ).toString("base64");
    expect(await imapAuthenticate(port, `AUTHENTICATE OAUTHBEARER ${bearer}`)).toBe("OK");
    expect(await imapXOAuth2(port, `someone-else-${email}`, tokens.access_token)).toBe("NO");
    expect(await imapXOAuth2(port, email, "not-a-token")).toBe("NO");

    data(await browser.call("auth.signOut"));
    expect(await imapXOAuth2(port, email, tokens.access_token)).toBe("NO");
  });
});
