import { statSync } from "node:fs";
import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeviceStore } from "../lib/device-store";
import { chooseLine, KEY, signedUpTerminal, type SignedUpTerminal } from "../../test/test-utils";
import { browserAtPush, openApprover } from "../../test/approver";

// Time the test moves on: past the step-up window, so the password is asked again.
let offset = 0;
const clock = { now: (): Date => new Date(Date.now() + offset) };
let world: SignedUpTerminal;
const email = `enroll.device.${Date.now()}@example.ch`;
const password = "this terminal answers";

beforeAll(async () => {
  world = await signedUpTerminal({ email, password, displayName: "Grace" }, { clock });
});
afterAll(async () => {
  await world?.close();
});

describe("Use this terminal as an authenticator device (settings)", () => {
  it("enrolls after the password, keeps the key where `twofold approve` finds it, and says how to run it", async () => {
    const t = world.terminal;
    await t.waitFor("Two-step verification");
    offset = 10 * 60_000;
    await chooseLine(t, "Use this terminal as an authenticator device");
    await t.waitFor("Name of this device: Terminal on");
    await t.press(KEY.enter);
    await t.waitFor("Confirm it is you");
    await t.type(password);
    await t.press(KEY.enter);
    const done = await t.waitFor(`This terminal is now an authenticator device for ${email}.`);
    expect(done).toContain(`twofold approve --server ${world.stack.server.url}`);
    // Back to the present: a device signs what it asks with its own clock's time.
    offset = 0;

    // Beside the session, readable by its owner only: what `twofold approve` opens.
    const config = join(world.stack.dir, "config");
    const store = createDeviceStore(config, world.stack.server.url);
    expect(statSync(store.file).mode & 0o777).toBe(0o600);
    expect(store.get()?.account).toBe(email);

    // Its first method turned two-step on: the backup codes, once.
    expect(done).toContain("Two-step verification is now on");
    await t.press(KEY.enter);
    await t.waitFor("Your backup codes");
    await t.press(KEY.enter);
    await t.waitFor("Terminal on");

    // `twofold approve` on this terminal answers the next sign-in.
    const approver = openApprover({ serverUrl: world.stack.server.url, store });
    await approver.waitFor(`Waiting for sign-in requests for ${email}`);
    const browser = await browserAtPush(world.stack.server.url, { email, password });
    await approver.waitFor("Is this you signing in?");
    await approver.press(KEY.enter);
    await approver.type(String(browser.push.number));
    await approver.press(KEY.enter);
    await approver.waitFor("Approved: the browser is signing in.");
    approver.unmount();
  });

  it("says so when this terminal already is a device of the account", async () => {
    const t = world.terminal;
    await chooseLine(t, "Use this terminal as an authenticator device");
    await t.waitFor(`This terminal is already an authenticator device for ${email}.`);
    await t.press(KEY.escape);
    await t.waitFor("Your methods");
    // Nothing new was enrolled: one device.
    const api = createApiClient({
      url: `${world.stack.server.url}/trpc`,
      token: world.terminal.store.get,
    });
    const { factors } = await api.twoFactor.status.query();
    expect(factors.filter((f) => f.kind === "push")).toHaveLength(1);
  });
});
