import { join } from "node:path";
import { answerRequest, enrollDevice, pendingRequests } from "@twofold/device/node";
import { REASON_TEXT } from "@twofold/i18n";
import { createSoftAuthenticator, rfc6238Code } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTerminalClient } from "../../lib/api-client";
import { TEXTS } from "../../lib/text";
import { PUSH_WAIT_TEXT } from "../../lib/text-push-wait";
import { STEP_UP_TEXTS } from "../../lib/text-step-up";
import { createTokenStore } from "../../lib/token-store";
import {
  chooseLine,
  confirmedSignUp,
  KEY,
  openTerminal,
  startTestServer,
  type Terminal,
} from "../../../test/test-utils";
import { terminalChoices } from "./methods";

let stack: Awaited<ReturnType<typeof startTestServer>>;
const password = "a strong method again";
const en = { ...TEXTS.en, stepUp: STEP_UP_TEXTS.en };

beforeAll(async () => {
  stack = await startTestServer();
});
afterAll(async () => {
  await stack?.close();
});

/** A person signed up through the API, their session where the terminal keeps it. */
async function person(name: string) {
  const email = `step.up.${name}.${Date.now()}@example.ch`;
  const config = join(stack.dir, name);
  const store = createTokenStore(config, stack.server.url);
  const api = createTerminalClient(stack.server.url, store.get);
  store.set(await confirmedSignUp(api, stack.mailOutbox, { email, password, displayName: name }));
  return { api, config, email };
}

/** Adds an OTP app (two-step turns on, the app preferred); its key, to make codes. */
async function withOTPApp(api: Awaited<ReturnType<typeof person>>["api"]): Promise<string> {
  const e = await api.totp.beginEnrollment.mutate({ label: "Phone" });
  await api.totp.confirmEnrollment.mutate({
    enrollmentId: e.enrollmentId,
    code: rfc6238Code(e.secret, new Date()),
  });
  return e.secret;
}

/** The app's next code: its step comes after the one the enrollment used, within the window. */
const nextCode = (secret: string): string => rfc6238Code(secret, new Date(Date.now() + 30_000));

/** From the settings, "generate new backup codes": a change that always asks first. */
async function askedToConfirm(t: Terminal, words: typeof en = en): Promise<void> {
  await t.waitFor(words.settings.backupCodes(10));
  await chooseLine(t, words.settings.backupCodes(10));
  await t.waitFor(words.password.title);
}

describe("the methods a terminal offers", () => {
  it("leaves out security keys and passkeys, and says to use the web when only they remain", () => {
    expect(terminalChoices(["webauthn", "totp", "password"])).toEqual({
      kind: "methods",
      methods: ["totp", "password"],
    });
    expect(terminalChoices(["push", "webauthn"])).toEqual({ kind: "methods", methods: ["push"] });
    expect(terminalChoices(["webauthn"])).toEqual({ kind: "onlyKeys" });
    expect(terminalChoices([])).toEqual({ kind: "none" });
  });
});

describe("step-up in the terminal", () => {
  it("confirms with the OTP app's code, the preferred method, offered first", async () => {
    const { api, config } = await person("otp");
    const secret = await withOTPApp(api);
    const t = openTerminal(stack.server.url, config);
    await askedToConfirm(t);
    // Once the server named the methods: the code's field, at once.
    const asked = await t.waitFor(`${en.stepUp.codeLabel}:`);
    expect(asked).toContain([en.stepUp.keys.confirm, en.stepUp.keys.other].join(" · "));
    // Tab: the person's other methods (no device: none offered), Esc back to the code.
    await t.press(KEY.tab);
    const list = await t.waitFor(en.stepUp.choose);
    expect(list).toContain(`› ${en.stepUp.methods.totp}`);
    expect(list).toContain(en.stepUp.methods.password);
    expect(list).not.toContain(en.stepUp.methods.push);
    await t.press(KEY.escape);
    await t.waitFor(`${en.stepUp.codeLabel}:`);
    await t.type(nextCode(secret));
    await t.press(KEY.enter);
    await t.waitFor(en.backupCodes.title);
    t.unmount();
  });

  it("in French: a wrong code is refused with the sign-in's words, keys are not offered, the password confirms", async () => {
    const fr = { ...TEXTS.fr, stepUp: STEP_UP_TEXTS.fr };
    const { api, config } = await person("fr");
    await api.account.setLocale.mutate({ locale: "fr" });
    const secret = await withOTPApp(api);
    const options = await api.webauthn.beginRegistration.mutate({ label: "Clé bleue" });
    const key = createSoftAuthenticator({ userHandle: options.user.id });
    await api.webauthn.finishRegistration.mutate({
      response: key.register({
        challenge: options.challenge,
        origin: "http://localhost:3000",
        rpId: "localhost",
      }),
    });
    const t = openTerminal(stack.server.url, config, { LANG: "fr_CH.UTF-8" });
    await askedToConfirm(t, fr);
    await t.waitFor(`${fr.stepUp.codeLabel}:`);
    const right = nextCode(secret);
    await t.type(right === "000000" ? "111111" : "000000");
    await t.press(KEY.enter);
    await t.waitFor(REASON_TEXT.fr.INVALID_CODE);
    await t.press(KEY.tab);
    const list = await t.waitFor(fr.stepUp.choose);
    expect(list).toContain(fr.stepUp.methods.password);
    expect(list).not.toContain("Clé bleue");
    expect(list).not.toContain(fr.methods.webauthn);
    await chooseLine(t, fr.stepUp.methods.password);
    await t.waitFor(`${fr.password.label}:`);
    await t.type(password);
    await t.press(KEY.enter);
    await t.waitFor(fr.backupCodes.title);
    t.unmount();
  });

  it("confirms on the authenticator device with number matching; NO is shown, Enter asks again, Esc cancels the request", async () => {
    const { api, config } = await person("device");
    const enrollment = await api.push.beginDeviceEnrollment.mutate({ label: "Phone" });
    const deviceApi = createTerminalClient(stack.server.url, () => null);
    const device = await enrollDevice(deviceApi, stack.server.url, {
      enrollmentCode: enrollment.enrollmentCode,
      name: "Phone",
      platform: "test",
    });
    const t = openTerminal(stack.server.url, config);
    const shownNumber = async (): Promise<{ requestId: string; number: number }> => {
      const frame = await t.waitFor(/type this number there:\s+(\d+)/);
      const number = Number(/type this number there:\s+(\d+)/.exec(frame)?.[1]);
      const [request] = await pendingRequests(deviceApi, device);
      if (!request) throw new Error("no request reached the device");
      return { requestId: request.requestId, number };
    };

    // The device is the only method besides the password, and preferred: a request goes at once.
    await askedToConfirm(t);
    const asked = await t.waitFor(PUSH_WAIT_TEXT.en.checkDevice);
    expect(asked).toContain(en.stepUp.keys.other); // the password, too
    await shownNumber();
    await t.press(KEY.escape); // gives up: the device no longer has the request
    await t.waitFor(en.settings.backupCodes(10));
    for (let i = 0; i < 100 && (await pendingRequests(deviceApi, device)).length > 0; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await pendingRequests(deviceApi, device)).toEqual([]);

    await askedToConfirm(t);
    const refused = await shownNumber();
    await answerRequest(deviceApi, device, refused.requestId, "deny");
    const denied = await t.waitFor(en.stepUp.pushDenied);
    expect(denied).toContain(en.stepUp.keys.again);
    await t.press(KEY.enter);
    const again = await shownNumber();
    expect(again.requestId).not.toBe(refused.requestId);
    await answerRequest(deviceApi, device, again.requestId, "approve", again.number);
    await t.waitFor(en.backupCodes.title);
    t.unmount();
  });
});
