// Application passwords in a real Chromium against a real server: made, shown once with where to
// use it (and a profile for Apple devices), used by a sync tool (through /sync/check), revoked.
import { readFile } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openProfile, signUpWithOTPApp, type Person } from "./account";
import { expectAccessible, newPage, screenshots, startStack, type Stack } from "./harness";

const PERSON: Person = {
  name: "Katherine Johnson",
  email: `katherine.${Date.now()}@example.ch`,
  password: "orbital mechanics 1962",
};
const SYNC_SECRET = "a-sync-secret-for-the-browser-tests-0123456789";
const APP_PASSWORD = /^([a-z]{4}-){6}[a-z]{4}$/;
const NAME = "Thunderbird on the laptop";

let stack: Stack;
let context: BrowserContext;
let page: Page;
const shot = screenshots("app-passwords");
/** Read once from the page, to play the mail app. */
let appPassword = "";

/** The operator's servers, as the settings name them. */
const SERVERS = {
  TWOFOLD_SYNC_IMAP: "imap.example.ch:993",
  TWOFOLD_SYNC_SMTP: "smtp.example.ch:587",
  TWOFOLD_SYNC_CALDAV: "https://dav.example.ch/calendars/",
  TWOFOLD_SYNC_CARDDAV: "https://dav.example.ch/contacts/",
  TWOFOLD_SYNC_WEBDAV: "https://files.example.ch/",
};

beforeAll(async () => {
  stack = await startStack({ TWOFOLD_SYNC_SECRET: SYNC_SECRET, ...SERVERS });
  ({ context, page } = await newPage(stack));
});
afterAll(async () => {
  await context?.close();
  await stack?.close();
});

/** What a mail server asks Twofold before letting an IMAP client in. */
async function syncCheck(password: string): Promise<{ result: string; reason?: string }> {
  const response = await fetch(`${stack.server.url}/sync/check`, {
    method: "POST",
    headers: { authorization: `Bearer ${SYNC_SECRET}`, "content-type": "application/json" },
    body: JSON.stringify({
      user: PERSON.email,
      password,
      protocol: "imap",
      ip: "192.0.2.7",
      client: "Thunderbird 128",
    }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { result: string; reason?: string };
}

async function rows(): Promise<string[]> {
  return page.getByTestId("app-password-row").allInnerTexts();
}

describe("application passwords in the browser", () => {
  it("signs up and turns two-step verification on with an OTP app", async () => {
    await signUpWithOTPApp(page, PERSON, stack);
  });

  it("finds them under Security and recovery, with why they exist", async () => {
    await openProfile(page, PERSON);
    await page.getByRole("link", { name: /Application passwords/ }).click();
    await page.getByRole("heading", { name: "Application passwords", level: 1 }).waitFor();
    await page.getByText("they cannot ask you for a code or a security key").waitFor();
    await page.getByText("No application password yet.").waitFor();
    await expectAccessible(page, "application passwords (none)");
    await shot(page, "empty");
  });

  it("checks the form, then creates one for mail and shows it once", async () => {
    await page.getByRole("link", { name: "Create an application password" }).click();
    const name = page.getByLabel("Name", { exact: true });
    expect(await name.getAttribute("placeholder")).toBe(NAME);
    await page.getByRole("button", { name: "Create", exact: true }).click();
    await expect.poll(() => page.getByRole("alert").allInnerTexts()).toContain("Give it a name.");
    await name.fill(NAME);
    await page.getByRole("button", { name: "Create", exact: true }).click();
    await expect
      .poll(() => page.getByRole("alert").allInnerTexts())
      .toContain("Choose at least one thing it may open.");

    // "All of them" ticks the three; unticking one leaves it half ticked.
    const all = page.getByLabel("All of them");
    await all.check();
    for (const scope of ["Mail", "Calendars and contacts", "Files"])
      expect(await page.getByLabel(scope, { exact: true }).isChecked()).toBe(true);
    await page.getByLabel("Files", { exact: true }).uncheck();
    expect(await all.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);
    await page.getByLabel("Calendars and contacts", { exact: true }).uncheck();
    expect(await page.getByLabel("Mail", { exact: true }).isChecked()).toBe(true);

    // A date already over is refused before asking the server.
    await page.getByLabel("Expires").selectOption("date");
    await page.getByLabel("Expiry date").fill("2020-01-01");
    await page.getByRole("button", { name: "Create", exact: true }).click();
    await expect
      .poll(() => page.getByRole("alert").allInnerTexts())
      .toContain("Choose a date in the future.");
    await page.getByLabel("Expires").selectOption("90d");
    await expectAccessible(page, "new application password");
    await shot(page, "form");
    await page.getByRole("button", { name: "Create", exact: true }).click();

    await page.getByRole("heading", { name: `Application password for ${NAME}` }).waitFor();
    appPassword = await page.getByTestId("app-password").innerText();
    expect(appPassword).toMatch(APP_PASSWORD);
    const how = await page.locator(".how-to").innerText();
    expect(how).toContain(`User name: your email address, ${PERSON.email}.`);
    expect(how).toContain("It will not be shown again.");
    await expectAccessible(page, "application password shown once");
    await shot(page, "shown-once");
  });

  it("says where to use it: the mail servers only, and a profile made in the browser", async () => {
    const where = page.getByTestId("sync-servers");
    await where.getByRole("heading", { name: "Where to use it" }).waitFor();
    const imap = await where.locator('[data-service="imap"]').innerText();
    for (const fact of ["Incoming mail (IMAP)", "imap.example.ch", "993", "SSL/TLS", PERSON.email])
      expect(imap).toContain(fact);
    const smtp = await where.locator('[data-service="smtp"]').innerText();
    for (const fact of ["smtp.example.ch", "587", "STARTTLS"]) expect(smtp).toContain(fact);
    // A mail-only password: no calendar, contacts or files.
    expect(await where.locator(".sync-server").count()).toBe(2);
    await where.getByRole("button", { name: "Copy: Server, Incoming mail (IMAP)" }).waitFor();

    // The profile is built here: no request carries the password while it is made.
    const sent: string[] = [];
    page.on("request", (request) => sent.push(`${request.url()} ${request.postData() ?? ""}`));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      where
        .getByRole("button", { name: "Download a profile for Apple Mail, Calendar and Contacts" })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe("twofold.mobileconfig");
    const xml = await readFile(await download.path(), "utf8");
    expect(sent.filter((line) => line.includes(appPassword))).toEqual([]);
    // Read back by the browser's own XML parser, as a property list.
    const payloads = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      if (doc.querySelector("parsererror")) return null;
      return Array.from(doc.querySelectorAll("plist > dict > array > dict")).map((dict) => {
        const keys = Array.from(dict.children).filter((child) => child.tagName === "key");
        return Object.fromEntries(
          keys.map((key) => [key.textContent, key.nextElementSibling?.textContent ?? ""]),
        );
      });
    }, xml);
    expect(payloads).toEqual([
      expect.objectContaining({
        PayloadType: "com.apple.mail.managed",
        IncomingMailServerHostName: "imap.example.ch",
        IncomingMailServerPortNumber: "993",
        OutgoingMailServerHostName: "smtp.example.ch",
        OutgoingMailServerPortNumber: "587",
        IncomingMailServerUsername: PERSON.email,
        IncomingPassword: appPassword,
      }),
    ]);
    await where.getByText("The password stayed in this browser.").waitFor();
    await expectAccessible(page, "application password with where to use it");
    await shot(page, "where-to-use-it");
  });

  it("forgets it after Done: the list shows it, never used", async () => {
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("heading", { name: "Application passwords", level: 1 }).waitFor();
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain(`${NAME} was created.`);
    await expect.poll(rows).toHaveLength(1);
    const [row] = await rows();
    expect(row).toContain(NAME);
    expect(row).toContain("Mail");
    expect(row).not.toContain("Calendars");
    expect(row).toContain("Never used");
    // Nowhere on the page any more, not even hidden.
    expect(await page.content()).not.toContain(appPassword);
    expect(await page.locator("body").innerText()).not.toContain(appPassword);
    await expectAccessible(page, "application passwords (one)");
    await shot(page, "listed");
  });

  it("lets a mail app in with it (not with the account password), and says when and from where", async () => {
    expect(await syncCheck(appPassword)).toEqual({ result: "allow" });
    expect((await syncCheck(PERSON.password)).result).toBe("deny");
    await page.reload();
    await expect.poll(async () => (await rows())[0] ?? "").toContain("192.0.2.7");
    const [row] = await rows();
    expect(row).toContain("Thunderbird 128");
    expect(row).not.toContain("Never used");
    await shot(page, "used");
  });

  it("revokes it after a confirmation: the list is empty and the mail app is refused", async () => {
    await page.getByRole("button", { name: `Revoke: ${NAME}` }).click();
    const dialog = page.getByRole("dialog", { name: `Revoke ${NAME}?` });
    await expectAccessible(page, "revoke dialog");
    await shot(page, "revoke-dialog");
    await dialog.getByRole("button", { name: "Revoke" }).click();
    await page.getByText("No application password yet.").waitFor();
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain(`${NAME} was revoked.`);
    expect((await syncCheck(appPassword)).result).toBe("deny");
    await shot(page, "revoked");
  });

  it("revokes all at once", async () => {
    for (const name of ["Phone calendar", "Laptop drive"]) {
      await page.getByRole("link", { name: "Create an application password" }).click();
      await page.getByLabel("Name", { exact: true }).fill(name);
      await page.getByLabel("All of them").check();
      await page.getByRole("button", { name: "Create", exact: true }).click();
      await page.getByTestId("app-password").waitFor();
      // All of them: every configured service is shown.
      await expect.poll(() => page.locator(".sync-server").count()).toBe(5);
      await page.getByRole("button", { name: "Done" }).click();
      await page.getByRole("heading", { name: "Application passwords", level: 1 }).waitFor();
    }
    await expect.poll(rows).toHaveLength(2);
    expect((await rows())[0]).toContain("Mail, Calendars and contacts, Files");
    await page.getByRole("button", { name: "Revoke all" }).click();
    await page
      .getByRole("dialog", { name: "Revoke all application passwords?" })
      .getByRole("button", { name: "Revoke all" })
      .click();
    await page.getByText("No application password yet.").waitFor();
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain("2 application passwords were revoked.");
  });
});
