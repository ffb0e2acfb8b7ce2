// The account's webmail, for real: Debian's Roundcube signs the person in through Twofold
// (password, then the OTP app) and opens their mail on Debian's Dovecot with the access token it
// got (IMAP XOAUTH2, which Dovecot checks with Twofold's introspection at every login). Ending
// that Twofold session on the sessions page stops the webmail's mail access at once.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  closedPort,
  imapXOAuth2,
  readXOAuth2,
  rfc6238Code,
  startDovecot,
  type RunningDovecot,
} from "@twofold/testing";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signOut, signUpWithOTPApp, typePassword, type Person } from "./account";
import { expectAccessible, newPage, screenshots, startStack, type Stack } from "./harness";
import { deliver, imapTap, startRoundcube, type ImapTap, type Roundcube } from "./mail-servers";

const PERSON: Person = {
  name: "Katherine Johnson",
  // Lower case: Roundcube logs in to IMAP with the address lower-cased.
  email: `katherine.${Date.now()}@example.ch`,
  password: "orbital mechanics by hand",
};
const SUBJECT = "Launch window for Friendship 7";
const ROUNDCUBE = { id: "roundcube", secret: "roundcube-secret-of-at-least-32-characters" };
const DOVECOT = { id: "dovecot", secret: "dovecot-introspection-secret-of-32-characters" };
const SYNC_SECRET = "a-sync-secret-of-at-least-32-characters";
/** Headless Chromium on Linux, as the sessions page names it. */
const THIS_BROWSER = "Chrome on Linux";
/** Roundcube (PHP's one-process server) on a busy machine: generous. */
const ROUNDCUBE_WAIT = { timeout: 30_000 };
const shot = screenshots("webmail");

// Everything the servers write, in one folder that Dovecot's own users may enter.
const dir = mkdtempSync(join(tmpdir(), "twofold-webmail-"));
chmodSync(dir, 0o755);

let stack: Stack | undefined;
let dovecot: RunningDovecot | undefined;
let tap: ImapTap | undefined;
let roundcube: Roundcube | undefined;
let webmail: { context: BrowserContext; page: Page } | undefined;
let phone: { context: BrowserContext; page: Page } | undefined;
let secret = "";
let backupCodes: string[] = [];

beforeAll(async () => {
  // Roundcube's address goes into Twofold's clients file before either runs.
  const roundcubePort = await closedPort();
  const clients = join(dir, "clients.json");
  writeFileSync(
    clients,
    JSON.stringify([
      {
        client_id: ROUNDCUBE.id,
        client_name: "Webmail",
        client_secret: ROUNDCUBE.secret,
        redirect_uris: [`http://127.0.0.1:${roundcubePort}/index.php/login/oauth`],
        token_endpoint_auth_method: "client_secret_post",
        twofold_first_party: true,
      },
      {
        client_id: DOVECOT.id,
        client_name: "Mail server (IMAP)",
        client_secret: DOVECOT.secret,
        token_endpoint_auth_method: "client_secret_post",
        grant_types: [],
        twofold_first_party: true,
      },
    ]),
  );
  stack = await startStack({ TWOFOLD_OIDC_CLIENTS: clients, TWOFOLD_SYNC_SECRET: SYNC_SECRET });
  // Dovecot asks Twofold's introspection about every XOAUTH2 login, as the client "dovecot".
  dovecot = await startDovecot({
    dir,
    url: stack.server.url,
    syncSecret: SYNC_SECRET,
    args: ["test", "oauth", DOVECOT.id, DOVECOT.secret],
  });
  // Roundcube reaches Dovecot through a pass-through that keeps the token it logs in with.
  tap = await imapTap(dovecot.port);
  roundcube = await startRoundcube({
    dir: join(dir, "roundcube"),
    port: roundcubePort,
    imapPort: tap.port,
    issuer: stack.server.browserUrl,
    client: ROUNDCUBE,
  });

  webmail = await newPage(stack);
  ({ secret, backupCodes } = await signUpWithOTPApp(webmail.page, PERSON, stack));
  await signOut(webmail.page, PERSON);
});

// Stops what beforeAll got to start, whatever it did not.
afterAll(async () => {
  await phone?.context.close();
  await webmail?.context.close();
  await roundcube?.stop();
  await tap?.close();
  await dovecot?.stop();
  await stack?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What beforeAll started: every test needs it all. */
function running() {
  if (!stack || !dovecot || !tap || !roundcube || !webmail) throw new Error("not started");
  return { stack, dovecot, tap, roundcube, page: webmail.page };
}

describe("the webmail signs in through Twofold and reads mail over OAuth", () => {
  it("sends the person from the webmail to Twofold's sign-in, then to their inbox", async () => {
    const { stack, dovecot, roundcube, page } = running();
    deliver(
      dovecot.mail,
      PERSON.email,
      [
        "From: Dorothy Vaughan <dorothy@example.ch>",
        `To: ${PERSON.name} <${PERSON.email}>`,
        `Subject: ${SUBJECT}`,
        `Date: ${new Date().toUTCString()}`,
        `Message-ID: <${Date.now()}@example.ch>`,
        "Content-Type: text/plain; charset=utf-8",
        "",
        "The numbers check out. Go.",
        "",
      ].join("\n"),
    );

    await page.goto(`${roundcube.url}/`);
    await page.getByRole("heading", { name: "Sign in to continue to Webmail" }).waitFor();
    expect(new URL(page.url()).origin).toBe(stack.server.browserUrl);
    await expectAccessible(page, "sign-in for the webmail");
    await shot(page, "sign-in-for-webmail");
    await typePassword(page, PERSON);
    await page.getByRole("heading", { name: "Two-step verification" }).waitFor();
    // The current time step was spent when the OTP app was turned on: the next one.
    await page
      .getByLabel("Code from your authenticator app")
      .fill(rfc6238Code(secret, new Date(Date.now() + 30_000)));
    await page.getByRole("button", { name: "Verify" }).click();

    await page.locator("#messagelist").getByText(SUBJECT).waitFor(ROUNDCUBE_WAIT);
    expect(new URL(page.url()).origin).toBe(roundcube.url);
    await shot(page, "inbox");
  });

  it("logs in to IMAP with an access token that Dovecot takes while the session lasts", async () => {
    const { dovecot, tap } = running();
    expect(tap.xoauth2.length).toBeGreaterThan(0);
    for (const initial of tap.xoauth2) {
      const { user, token } = readXOAuth2(initial);
      expect(user).toBe(PERSON.email);
      expect(await imapXOAuth2(dovecot.port, user, token)).toBe("OK");
    }
  });

  it("lists the webmail on the sessions page, where another browser ends that session", async () => {
    const { stack } = running();
    phone = await newPage(stack);
    const { page } = phone;
    await page.goto("/signin");
    await typePassword(page, PERSON);
    await page.getByRole("heading", { name: "Two-step verification" }).waitFor();
    // Its OTP code would be the one just spent: a backup code on this second browser.
    await page.getByRole("button", { name: "Use another method" }).click();
    await page.getByRole("button", { name: "Backup code" }).click();
    await page.getByLabel("Backup code").fill(backupCodes[0] ?? "");
    await page.getByRole("button", { name: "Verify" }).click();
    await page.getByRole("heading", { name: `Welcome, ${PERSON.name}` }).waitFor();

    await page.goto("/profile/sessions");
    await page.getByRole("heading", { name: "Where you're signed in", level: 1 }).waitFor();
    await expect
      .poll(() => page.getByTestId("session-count").innerText())
      .toBe("Signed in in 2 places.");
    const webmailRow = page.getByTestId("session-row").filter({ hasNotText: "This browser" });
    expect(await webmailRow.getByTestId("session-apps").innerText()).toBe("Webmail");
    expect(await webmailRow.innerText()).toContain("Apps signed in");
    await page.getByText("No trusted browser.").waitFor();
    await shot(page, "sessions-with-webmail");

    await webmailRow
      .getByRole("button", { name: `Sign out: ${THIS_BROWSER}`, exact: true })
      .click();
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain(`${THIS_BROWSER} was signed out.`);
    await expect
      .poll(() => page.getByTestId("session-count").innerText())
      .toBe("Signed in in 1 place.");
    await shot(page, "webmail-session-ended");
  });

  it("stops the webmail's IMAP access at once", async () => {
    const { dovecot, tap, roundcube, page } = running();
    // The very tokens Roundcube logged in with: Dovecot now refuses every one.
    for (const initial of tap.xoauth2) {
      const { user, token } = readXOAuth2(initial);
      expect(await imapXOAuth2(dovecot.port, user, token)).toBe("NO");
    }

    // Roundcube's token is good for minutes by the clock, yet its next IMAP login is refused.
    await page.reload(ROUNDCUBE_WAIT);
    await page.getByText("Connection to IMAP server failed.").waitFor(ROUNDCUBE_WAIT);
    expect(await page.locator("#messagelist").getByText(SUBJECT).count()).toBe(0);
    const refused = roundcube
      .log()
      .split("\n")
      .filter((line) => line.includes(`Login failed for ${PERSON.email} `));
    expect(refused.at(-1)).toMatch(/AUTHENTICATE XOAUTH2: \S+ NO \[AUTHENTICATIONFAILED\]/);
    await shot(page, "webmail-cut-off");
  });
});
