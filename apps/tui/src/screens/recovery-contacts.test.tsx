import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECOVERY_TEXT as R } from "../lib/text-recovery";
import {
  chooseLine,
  KEY,
  signedUpTerminal,
  waitForMailedCode,
  waitForSMSCode,
  type SignedUpTerminal,
} from "../../test/test-utils";

let world: SignedUpTerminal;
const email = `grace.${Date.now()}@example.ch`;
const password = "nanoseconds are short 1906";
const address = `backup.${Date.now()}@example.net`;

beforeAll(async () => {
  world = await signedUpTerminal({
    email,
    password,
    displayName: "Grace Hopper",
  });
});
afterAll(async () => {
  await world?.close();
});

describe("the recovery address and phone in the terminal", () => {
  it("sets the recovery address and mobile by their codes, shows them masked, and removes one", async () => {
    const t = world.terminal;
    await t.waitFor("Signed in as Grace Hopper");
    await chooseLine(t, R.menuItem);
    await t.waitFor(R.address(null));
    await chooseLine(t, R.setAddress);
    await t.waitFor(`${R.emailLabel}:`);
    await t.type(address);
    await t.press(KEY.enter);
    await t.waitFor("Code sent to b•••@example.net.");
    await t.type(await waitForMailedCode(world.stack.mailOutbox, address));
    await t.press(KEY.enter);
    await t.waitFor(R.addressSaved("b•••@example.net"));
    expect(t.frame()).toContain(R.address("b•••@example.net"));
    expect(t.frame()).not.toContain(address);

    await chooseLine(t, R.setPhone);
    await t.waitFor(`${R.phoneLabel}:`);
    await t.type("+41 79 555 12 67");
    await t.press(KEY.enter);
    await t.waitFor("Code sent to +41 79 *** ** 67.");
    await t.type(await waitForSMSCode(world.stack.outbox, { to: "+41795551267" }));
    await t.press(KEY.enter);
    await t.waitFor(R.phoneSaved("+41 79 *** ** 67"));
    expect(t.frame()).toContain(R.phone("+41 79 *** ** 67"));

    // Removing says what it does and asks for the password first.
    await chooseLine(t, R.removePhone);
    await t.waitFor(R.removePhoneText);
    await t.type(password);
    await t.press(KEY.enter);
    await t.waitFor(R.phoneRemoved);
    expect(t.frame()).toContain(R.phone(null));
  });

  it("refuses the sign-in address with the reason's sentence", async () => {
    const t = world.terminal;
    await chooseLine(t, R.changeAddress);
    await t.waitFor(`${R.emailLabel}:`);
    await t.type(email);
    await t.press(KEY.enter);
    await t.waitFor(/another mailbox/i);
    await t.press(KEY.escape);
    await t.waitFor(R.address("b•••@example.net"));
  });
});
