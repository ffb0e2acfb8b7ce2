import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import { confirmedSignUp } from "@twofold/test-stack";
import { describe, expect, it } from "vitest";
import { cancelRecovery, recoveryStatus } from "./index";
import { deviceOf, enrollDevice } from "./node";
import { useServer } from "../test/server";

const { server, dir } = useServer("device-recovery");
const email = `recovery.${Date.now()}@example.ch`;
const password = "a device of my own";

describe("a pending account recovery on the authenticator device", () => {
  it("is shown to the account's device, which cancels it in one signed step", async () => {
    let token: string | null = null;
    const owner = createApiClient({ url: `${server().url}/trpc`, token: () => token });
    token = await confirmedSignUp(owner, join(dir(), "mail-outbox.jsonl"), { email, password });
    const start = await owner.push.beginDeviceEnrollment.mutate({ label: "Phone" });
    const api = createApiClient({ url: `${server().url}/trpc` });
    const identity = await enrollDevice(api, server().url, {
      enrollmentCode: start.enrollmentCode,
      name: "Phone",
      platform: "android",
    });
    const device = deviceOf(identity);
    expect(await recoveryStatus(api, device)).toEqual({ pending: false });
    const { password: appPassword } = await owner.appPasswords.create.mutate({
      name: "Mail",
      scopes: ["mail"],
    });
    const started = await api.recovery.start.mutate({
      email,
      password,
      proof: { kind: "app_password", appPassword },
    });
    expect(await recoveryStatus(api, device)).toEqual({ pending: true, ...started });
    await cancelRecovery(api, device);
    expect(await recoveryStatus(api, device)).toEqual({ pending: false });
    expect(await owner.recovery.status.query()).toEqual({ pending: false });
  });
});
