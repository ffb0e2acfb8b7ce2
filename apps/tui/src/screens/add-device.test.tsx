import { createApiClient } from "@twofold/client";
import { enrollDevice } from "@twofold/device/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { qrDimensions } from "../lib/qr";
import { chooseLine, KEY, signedUpTerminal, type SignedUpTerminal } from "../../test/test-utils";
import { readScreenQR } from "../../test/qr-image";

let world: SignedUpTerminal;
const email = `add.device.${Date.now()}@example.ch`;

beforeAll(async () => {
  world = await signedUpTerminal({ email, password: "a phone for the push", displayName: "Ada" });
});
afterAll(async () => {
  await world?.close();
});

describe("Add an authenticator device (settings)", () => {
  it("shows the enrollment code, a QR code of the authenticator's address with it and its expiry; the phone enrolling moves on", async () => {
    const t = world.terminal;
    await t.waitFor("Two-step verification");
    await chooseLine(t, "Add an authenticator device");
    await t.waitFor("Name of the device: Phone");
    await t.erase(5);
    await t.type("Ada's phone");
    await t.press(KEY.enter);
    const frame = await t.waitFor("Valid until");
    const code = /\b([0-9a-z]{4}(?:-[0-9a-z]{4}){4})\b/i.exec(frame)?.[1];
    expect(code).toBeDefined();
    const address = `${world.stack.server.url}/authenticator/#enroll=${code}`;
    expect(readScreenQR(frame, qrDimensions(address).columns)).toBe(address);
    expect(frame).toContain(`${world.stack.server.url}/authenticator/`);
    expect(frame).toContain("Waiting for the device");

    // The phone enrolls with the code: the account's first method, its backup codes come next.
    await enrollDevice(
      createApiClient({ url: `${world.stack.server.url}/trpc` }),
      world.stack.server.url,
      {
        enrollmentCode: code ?? "",
        name: "Ada's phone",
        platform: "iOS",
      },
    );
    await t.waitFor("Your backup codes");
    await t.press(KEY.enter);
    await t.waitFor("Ada's phone");
  });

  it("goes back to the settings with Esc, the code unused", async () => {
    const t = world.terminal;
    await chooseLine(t, "Add an authenticator device");
    await t.waitFor("Name of the device");
    await t.press(KEY.enter);
    await t.waitFor("Valid until");
    await t.press(KEY.escape);
    await t.waitFor("Your methods");
  });
});
