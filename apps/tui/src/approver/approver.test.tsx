import { statSync } from "node:fs";
import { join } from "node:path";
import { render } from "ink-testing-library";
import { createApiClient } from "@twofold/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeviceStore } from "../lib/device-store";
import { KEY, startTestServer, confirmedSignUp, tokenOf } from "../../test/test-utils";
import {
  bearer as bearerOf,
  browserAtPush,
  enrolledPerson,
  openApprover,
} from "../../test/approver";
import { Approver } from "./Approver";

let stack: Awaited<ReturnType<typeof startTestServer>>;
const email = `approver.${Date.now()}@example.ch`;
const password = "the terminal says yes";

beforeAll(async () => {
  // Behind a trusted proxy: a browser can sign in from a public address (127.0.0.1 has no place).
  stack = await startTestServer({ TWOFOLD_TRUST_PROXY: "true" });
});
afterAll(async () => {
  await stack?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(frame: () => string | undefined, text: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const current = frame() ?? "";
    if (current.includes(text)) {
      await sleep(40);
      return current;
    }
    if (Date.now() > deadline) throw new Error(`never showed ${text}:\n${current}`);
    await sleep(20);
  }
}

async function typeText(stdin: { write: (s: string) => void }, text: string): Promise<void> {
  for (const c of text) {
    stdin.write(c);
    await sleep(3);
  }
  await sleep(30);
}

const bearer = (ip?: string) => bearerOf(stack.server.url, ip ? { ip } : {});

describe("the terminal as an authenticator device (twofold approve)", () => {
  it("enrolls with the code from the web, then answers sign-ins: YES with the number, NO and report", async () => {
    const owner = bearer();
    owner.keep(await confirmedSignUp(owner.api, stack.mailOutbox, { email, password }));
    const enrollment = await owner.api.push.beginDeviceEnrollment.mutate({ label: "Terminal" });

    const dir = join(stack.dir, "approver-config");
    const store = createDeviceStore(dir, stack.server.url);
    const device = createApiClient({ url: `${stack.server.url}/trpc` });
    const ink = render(
      <Approver api={device} server={stack.server.url} store={store} pollMs={150} />,
    );
    await waitFor(ink.lastFrame, "Enrollment code");
    await typeText(ink.stdin, enrollment.enrollmentCode);
    ink.stdin.write(KEY.enter); // to the name field
    await sleep(80);
    ink.stdin.write(KEY.enter); // enroll
    await waitFor(ink.lastFrame, `Waiting for sign-in requests for ${email}`);
    expect(statSync(store.file).mode & 0o777).toBe(0o600);
    expect(
      await owner.api.push.enrollmentStatus.mutate({ enrollmentId: enrollment.enrollmentId }),
    ).toMatchObject({
      status: "done",
    });

    // From ETH Zurich's network: the prompt says where, as the server signed it.
    const browser = bearer("129.132.1.1");
    browser.keep(
      tokenOf(await browser.api.auth.signIn.mutate({ email, password, tokenInBody: true })),
    );
    const push = await browser.api.auth.startPush.mutate();
    const prompt = await waitFor(ink.lastFrame, "Is this you signing in?");
    expect(prompt).toContain(`Account: ${email}`);
    expect(prompt).toContain("IP address: 129.132.1.1");
    expect(prompt).toContain("Place: near Zurich, CH");
    ink.stdin.write(KEY.enter); // YES, it's me
    await waitFor(ink.lastFrame, "Number shown on the login page");
    await typeText(ink.stdin, String(push.number));
    ink.stdin.write(KEY.enter);
    await waitFor(ink.lastFrame, "Approved: the browser is signing in.");
    expect(await browser.api.auth.pushResult.query({ requestId: push.requestId })).toEqual({
      status: "approved",
    });

    const intruder = bearer();
    intruder.keep(
      tokenOf(await intruder.api.auth.signIn.mutate({ email, password, tokenInBody: true })),
    );
    const attempt = await intruder.api.auth.startPush.mutate();
    // From this machine (loopback): no place rather than a wrong one.
    expect(await waitFor(ink.lastFrame, "Is this you signing in?")).not.toContain("Place:");
    ink.stdin.write("j");
    await sleep(40);
    ink.stdin.write("j"); // NO, and report it
    await sleep(40);
    ink.stdin.write(KEY.enter);
    await waitFor(ink.lastFrame, "Change your password now");

    // When no push can arrive: the code the device shows (o), valid like an OTP app's.
    ink.stdin.write("o");
    const shown = await waitFor(ink.lastFrame, "Offline code:");
    const code = /Offline code: (\d{3}) (\d{3})/.exec(shown);
    const offline = bearer();
    offline.keep(
      tokenOf(await offline.api.auth.signIn.mutate({ email, password, tokenInBody: true })),
    );
    const signedIn = await offline.api.auth.verifyDeviceCode.mutate({
      code: `${code?.[1]}${code?.[2]}`,
    });
    expect(signedIn.status).toBe("authenticated");
    // The reported sign-in is over: its next poll finds no session.
    await expect(
      intruder.api.auth.pushResult.query({ requestId: attempt.requestId }),
    ).rejects.toMatchObject({ data: { reason: "UNAUTHENTICATED" } });
    ink.unmount();
  });

  it("shows a pending recovery of its account and cancels it with c", async () => {
    const who = `approver.recovery.${Date.now()}@example.ch`;
    const owner = bearer();
    owner.keep(await confirmedSignUp(owner.api, stack.mailOutbox, { email: who, password }));
    const enrollment = await owner.api.push.beginDeviceEnrollment.mutate({ label: "Terminal" });
    const { password: appPassword } = await owner.api.appPasswords.create.mutate({
      name: "Mail",
      scopes: ["mail"],
    });
    const store = createDeviceStore(join(stack.dir, "approver-recovery"), stack.server.url);
    const device = createApiClient({ url: `${stack.server.url}/trpc` });
    const ink = render(
      <Approver api={device} server={stack.server.url} store={store} pollMs={150} />,
    );
    await waitFor(ink.lastFrame, "Enrollment code");
    await typeText(ink.stdin, enrollment.enrollmentCode);
    ink.stdin.write(KEY.enter);
    await sleep(80);
    ink.stdin.write(KEY.enter);
    await waitFor(ink.lastFrame, `Waiting for sign-in requests for ${who}`);
    await device.recovery.start.mutate({
      email: who,
      password,
      proof: { kind: "app_password", appPassword },
    });
    await waitFor(ink.lastFrame, `Someone started to recover ${who}`);
    ink.stdin.write("c");
    await waitFor(ink.lastFrame, "The recovery was cancelled.");
    expect(await owner.api.recovery.status.query()).toEqual({ pending: false });
    ink.unmount();
  });

  it("goes back from the number to YES/NO with Esc, and quits with q leaving the request open", async () => {
    const person = await enrolledPerson(stack, "approver.keys");
    const approver = openApprover({ serverUrl: stack.server.url, store: person.store });
    await approver.waitFor(`Waiting for sign-in requests for ${person.email}`);
    const browser = await browserAtPush(stack.server.url, person);
    const prompt = await approver.waitFor("Is this you signing in?");
    // The seconds left count down while it is open.
    const first = Number(/Expires in (\d+) s/.exec(prompt)?.[1]);
    expect(first).toBeGreaterThan(40);
    await approver.waitFor(`Expires in ${first - 1} s`);

    await approver.press(KEY.enter); // YES, it's me
    await approver.waitFor("Number shown on the login page");
    await approver.type("4");
    await approver.press(KEY.escape);
    const back = await approver.waitFor("› YES, it's me");
    expect(back).not.toContain("Number shown on the login page");
    // Back in the number field, it starts empty: nothing half-typed is sent.
    await approver.press(KEY.enter);
    expect(await approver.waitFor("Number shown on the login page")).not.toMatch(/page: 4/);

    expect(approver.exited()).toBe(false);
    await approver.press("q");
    await approver.waitFor(() => approver.exited());
    // No answer was given: the browser still waits for one (another device may give it).
    expect(await browser.api.auth.pushResult.query({ requestId: browser.push.requestId })).toEqual({
      status: "pending",
    });
    approver.unmount();
  });

  it("says how the last request ended for a few seconds, and no longer once the next one comes", async () => {
    const person = await enrolledPerson(stack, "approver.notice");
    const approver = openApprover({
      serverUrl: stack.server.url,
      store: person.store,
      noticeMs: 1_500,
    });
    await approver.waitFor(`Waiting for sign-in requests for ${person.email}`);
    await browserAtPush(stack.server.url, person);
    await approver.waitFor("Is this you signing in?");
    await approver.press("j"); // NO, it's not me
    await approver.press(KEY.enter);
    await approver.waitFor("Refused.");
    await approver.waitFor(() => !approver.frame().includes("Refused."));
    expect(approver.frame()).toContain(`Waiting for sign-in requests for ${person.email}`);

    // Refused again; the next request comes before the notice went: the notice goes.
    await browserAtPush(stack.server.url, person);
    await approver.waitFor("Is this you signing in?");
    await approver.press("j");
    await approver.press(KEY.enter);
    await approver.waitFor("Refused.");
    await browserAtPush(stack.server.url, person);
    expect(await approver.waitFor("Is this you signing in?")).not.toContain("Refused.");
    approver.unmount();
  });

  it("leaves a sign-in the browser cancelled, or signed out of, saying so", async () => {
    const person = await enrolledPerson(stack, "approver.cancel");
    const approver = openApprover({ serverUrl: stack.server.url, store: person.store });
    await approver.waitFor(`Waiting for sign-in requests for ${person.email}`);

    const first = await browserAtPush(stack.server.url, person);
    await approver.waitFor("Is this you signing in?");
    await first.api.auth.cancelPush.mutate({ requestId: first.push.requestId });
    await approver.waitFor("This sign-in was cancelled.");
    expect(approver.frame()).not.toContain("Is this you signing in?");

    const second = await browserAtPush(stack.server.url, person);
    await approver.waitFor("Is this you signing in?");
    await approver.press(KEY.enter); // YES: typing the number when the browser goes away
    await second.api.auth.signOut.mutate();
    await approver.waitFor("This sign-in was cancelled.");
    // Nothing was approved: the number typed now goes nowhere.
    await approver.type(String(second.push.number));
    await approver.press(KEY.enter);
    expect(approver.frame()).not.toContain("Approved");
    approver.unmount();
  });
});
