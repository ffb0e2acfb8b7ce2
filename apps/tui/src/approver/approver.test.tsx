import { statSync } from "node:fs";
import { join } from "node:path";
import { render } from "ink-testing-library";
import { createApiClient } from "@twofold/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeviceStore } from "../lib/device-store";
import { KEY, startTestServer, confirmedSignUp, tokenOf } from "../../test/test-utils";
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

/** A client with a bearer token; `ip`: the address the proxy in front says it comes from. */
function bearer(ip?: string) {
  let token: string | null = null;
  const api = createApiClient({
    url: `${stack.server.url}/trpc`,
    token: () => token,
    ...(ip && {
      fetch: (input: RequestInfo | URL, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set("x-forwarded-for", ip);
        return fetch(input, { ...init, headers });
      },
    }),
  });
  return { api, keep: (t?: string | null) => (token = t ?? token) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(frame: () => string | undefined, text: string): Promise<string> {
  for (let i = 0; i < 300; i += 1) {
    const current = frame() ?? "";
    if (current.includes(text)) {
      await sleep(40);
      return current;
    }
    await sleep(20);
  }
  throw new Error(`never showed ${text}:\n${frame() ?? ""}`);
}

async function typeText(stdin: { write: (s: string) => void }, text: string): Promise<void> {
  for (const c of text) {
    stdin.write(c);
    await sleep(3);
  }
  await sleep(30);
}

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
});
