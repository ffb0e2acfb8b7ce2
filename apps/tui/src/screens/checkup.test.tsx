import { rfc6238Code } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECKUP_TEXT as C } from "../lib/text-checkup";
import {
  chooseLine,
  KEY,
  openTerminal,
  signedUpTerminal,
  type SignedUpTerminal,
  type Terminal,
} from "../../test/test-utils";

const DAY = 24 * 3_600_000;
/** The server's clock: real time, moved forward on demand (a month passes at once). */
let shift = 0;
const clock = { now: () => new Date(Date.now() + shift) };

let world: SignedUpTerminal;
let t: Terminal;

beforeAll(async () => {
  world = await signedUpTerminal(
    {
      email: `ada.${Date.now()}@example.ch`,
      password: "notes on the analytical engine",
      displayName: "Ada Lovelace",
    },
    { clock },
  );
  const e = await world.api.totp.beginEnrollment.mutate({ label: "Old phone" });
  await world.api.totp.confirmEnrollment.mutate({
    enrollmentId: e.enrollmentId,
    code: rfc6238Code(e.secret, clock.now()),
  });
  t = world.terminal;
});
afterAll(async () => {
  t?.unmount();
  await world?.close();
});

describe("the security check-up in the terminal", () => {
  it("lists what protects the account and each thing to do, with where to do it", async () => {
    await t.waitFor("Signed in as Ada Lovelace");
    await chooseLine(t, C.menuItem);
    await t.waitFor(C.protections);
    const frame = await t.waitFor(C.finding.no_recovery_address);
    expect(frame).toContain(C.twoStep(true, null).split(":")[0]);
    expect(frame).toContain(C.finding.only_one_method);
    expect(frame).toContain(C.finding.only_one_methodTodo);
    expect(frame).toContain(C.backupCodes(10));
    expect(frame).not.toContain(C.methodsCheck.question);
    await t.press(KEY.escape);
    await t.waitFor("Signed in as Ada Lovelace");
  });

  it("asks once, a month after two-step was turned on, whether the methods still work", async () => {
    // Used halfway, so the session lives on; then the month is over.
    shift += 15 * DAY;
    await world.api.auth.me.query();
    shift += 15 * DAY;
    t.unmount();
    t = openTerminal(world.stack.server.url, `${world.stack.dir}/config`);
    await t.waitFor(C.methodsCheck.question);
    await chooseLine(t, C.methodsCheck.yes);
    await t.waitFor(C.methodsCheck.thanks);
    // The question goes once the answer is in, and stays gone.
    await t.waitFor(new RegExp(`^(?![\\s\\S]*${C.methodsCheck.question.split("?")[0]})`));
    const events = await world.api.securityLog.list.query({});
    expect(events.events.map((e) => e.type)).toContain("methods_confirmed");
  });
});
