import { rfc6238Code } from "@twofold/testing";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signOut, signUpWithOTPApp, typePassword } from "./account";
import { expectAccessible, newPage, screenshots, startStack, type Stack } from "./harness";
import { clientsFile, startRelyingParty, type RelyingParty } from "./relying-party";

const PERSON = {
  name: "Grace Hopper",
  email: `grace.${Date.now()}@example.ch`,
  password: "compiler cobol 1959",
};
const SECRET = "webmail-secret-of-at-least-thirty-two-characters";
const shot = screenshots("single-sign-on");

let stack: Stack;
let context: BrowserContext;
let page: Page;
let webmail: RelyingParty;
let notes: RelyingParty;
let secret = "";
let backupCodes: string[] = [];

beforeAll(async () => {
  webmail = await startRelyingParty({ clientId: "webmail", secret: SECRET });
  notes = await startRelyingParty({ clientId: "notes" });
  stack = await startStack({
    TWOFOLD_OIDC_CLIENTS: clientsFile([
      {
        client_id: "webmail",
        client_name: "Webmail",
        client_secret: SECRET,
        redirect_uris: [`${webmail.url}/callback`],
        twofold_first_party: true,
      },
      {
        client_id: "notes",
        client_name: "Notes",
        token_endpoint_auth_method: "none",
        redirect_uris: [`${notes.url}/callback`],
      },
    ]),
  });
  webmail.useIssuer(stack.server.browserUrl);
  notes.useIssuer(stack.server.browserUrl);
  ({ context, page } = await newPage(stack));
  ({ secret, backupCodes } = await signUpWithOTPApp(page, PERSON, stack));
  await signOut(page, PERSON);
});
afterAll(async () => {
  await context?.close();
  await stack?.close();
  await webmail?.close();
  await notes?.close();
});

describe("an app signs in through Twofold", () => {
  it("sends a signed-out person through Twofold's sign-in and second step, then back", async () => {
    await page.goto(`${webmail.url}/login`);
    await page.getByRole("heading", { name: "Sign in to continue to Webmail" }).waitFor();
    await expectAccessible(page, "sign-in for an app");
    await shot(page, "sign-in-for-app");
    await typePassword(page, PERSON);
    await page
      .getByLabel("Code from your authenticator app")
      .fill(rfc6238Code(secret, new Date(Date.now() + 30_000)));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: `Signed in as ${PERSON.email}` }).waitFor();
    expect(await page.locator("#amr").innerText()).toBe("pwd otp mfa");
    expect(await page.locator("#acr").innerText()).toBe("urn:twofold:acr:mfa");
  });

  it("answers the next request of the first-party app by redirects alone", async () => {
    webmail.last = null;
    await page.goto(`${webmail.url}/login`);
    await page.getByRole("heading", { name: `Signed in as ${PERSON.email}` }).waitFor();
    expect(webmail.last).not.toBeNull();
  });

  it("asks consent for a third-party app, in the person's words", async () => {
    await page.goto(`${notes.url}/login`);
    await page.getByRole("heading", { name: "Notes asks for access to your account" }).waitFor();
    const list = page.getByRole("list", { name: "Notes wants to:" });
    expect(await list.getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page, "consent");
    await shot(page, "consent");
    await page.getByRole("button", { name: "Deny" }).click();
    await page.getByRole("heading", { name: "Refused" }).waitFor();
    expect(await page.locator("#error").innerText()).toBe("access_denied");

    await page.goto(`${notes.url}/login`);
    await page.getByRole("button", { name: "Allow" }).click();
    await page.getByRole("heading", { name: `Signed in as ${PERSON.email}` }).waitFor();
  });

  it("shows on the sessions page which apps the session signed in to", async () => {
    await page.goto("/profile/sessions");
    const current = page.getByRole("listitem").filter({ hasText: "This browser" });
    await current.getByText(/Webmail/).waitFor();
    await current.getByText(/Notes/).waitFor();
    await shot(page, "sessions-with-apps");
  });

  it("asks the person to sign in again when the app says prompt=login", async () => {
    await page.goto(`${webmail.url}/login?prompt=login`);
    await page.getByRole("heading", { name: "Sign in to continue to Webmail" }).waitFor();
    await page.getByText("Webmail asks you to sign in again.").waitFor();
    await page.getByLabel("Password").fill(PERSON.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    // The OTP app's next code was spent above: a backup code this time.
    await page.getByRole("button", { name: "Use another method" }).click();
    await page.getByRole("button", { name: "Backup code" }).click();
    await page.getByLabel("Backup code").fill(backupCodes[0] ?? "");
    await page.getByRole("button", { name: "Verify" }).click();
    await page.getByRole("heading", { name: `Signed in as ${PERSON.email}` }).waitFor();
    expect(await page.locator("#amr").innerText()).toBe("pwd otp mfa");
  });
});
