import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ApiClient } from "@twofold/client";
import { rfc6238Code } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEXT } from "../lib/text";
import { ACCOUNT_RECOVERY_TEXT as R } from "../lib/text-account-recovery";
import {
  chooseLine,
  KEY,
  openTerminal,
  signedUpTerminal,
  type SignedUpTerminal,
  type Terminal,
} from "../../test/test-utils";

// Time the test moves on: past the recovery's wait.
let offset = 0;
const clock = { now: (): Date => new Date(Date.now() + offset) };
const HOUR = 3_600_000;
// The operator's wait on this server: not the default 72 hours, and the text must say so.
const WAIT_HOURS = 36;

let setup: SignedUpTerminal | undefined;
let api: ApiClient;
let owner: Terminal;
let appPassword = "";
const email = `grace.${Date.now()}@example.ch`;
const password = "compiler of 1952 a-0";

beforeAll(async () => {
  setup = await signedUpTerminal(
    { email, password, displayName: "Grace Hopper" },
    { clock, config: { recovery: { waitMs: WAIT_HOURS * HOUR, reminderBeforeMs: 12 * HOUR } } },
  );
  ({ api, terminal: owner } = setup);
  const e = await api.totp.beginEnrollment.mutate({ label: "Lost phone" });
  await api.totp.confirmEnrollment.mutate({
    enrollmentId: e.enrollmentId,
    code: rfc6238Code(e.secret, clock.now()),
  });
  appPassword = (await api.appPasswords.create.mutate({ name: "Mail", scopes: ["mail"] })).password;
});
afterAll(() => setup?.close());

/** The terminal of someone with no session: welcome -> "I can't use any of my methods". */
async function lostEverything(): Promise<Terminal> {
  const t = openTerminal(setup?.stack.server.url ?? "", mkdtempSync(join(tmpdir(), "tui-rec-")));
  await t.waitFor("Welcome to Twofold");
  await chooseLine(t, R.lostAll);
  await t.waitFor(R.intro(null)[0]);
  return t;
}

async function fill(t: Terminal, values: string[]): Promise<void> {
  for (const [i, value] of values.entries()) {
    await t.type(value);
    await t.press(i === values.length - 1 ? KEY.enter : KEY.tab);
  }
}

describe("account recovery in the terminal", () => {
  it("says how long this server's recovery waits", async () => {
    const t = await lostEverything();
    expect(await t.waitFor(`The recovery then waits ${String(WAIT_HOURS)} hours,`)).not.toContain(
      "72 hours",
    );
    t.unmount();
  });

  it("starts a recovery with an application password and says when it ends; the owner sees it and cancels it", async () => {
    const t = await lostEverything();
    await chooseLine(t, R.proofs.app_password);
    await t.waitFor(R.appPassword);
    await fill(t, [email, password, appPassword]);
    expect(await t.waitFor("The recovery has started")).toContain("complete it after");
    t.unmount();
    // The owner's session: the notice, and cancelling in one step.
    owner.unmount();
    owner = openTerminal(setup?.stack.server.url ?? "", join(setup?.stack.dir ?? "", "config"));
    expect(await owner.waitFor("A recovery of your account is under way")).toContain(R.pendingHint);
    await chooseLine(owner, R.cancel);
    await owner.waitFor(R.cancelled);
    expect(await api.recovery.status.query()).toEqual({ pending: false });
  });

  it("refuses a wrong application password, and completes a recovery after the wait", async () => {
    const t = await lostEverything();
    await chooseLine(t, R.proofs.app_password);
    await t.waitFor(R.appPassword);
    await fill(t, [email, password, "aaaa-bbbb-cccc-dddd-eeee-ffff-gggg"]);
    await t.waitFor("This proof does not prove this account");
    t.unmount();
    await api.recovery.start.mutate({
      email,
      password,
      proof: { kind: "app_password", appPassword },
    });
    offset += WAIT_HOURS * HOUR + 60_000;
    const later = await lostEverything();
    await chooseLine(later, R.completeMode);
    await later.waitFor(`› ${R.startMode}`);
    await chooseLine(later, R.proofs.app_password);
    await later.waitFor(R.newPassword);
    await fill(later, [email, password, appPassword, "a brand new passphrase"]);
    await later.waitFor(R.done);
    await later.waitFor(TEXT.settings.off);
    later.unmount();
  });
});
