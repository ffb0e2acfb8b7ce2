// Threat: a stolen password alone (a session still waiting for its second factor) reaches the account.
import { useTestEngine, personWithTOTP, TEST_PASSWORD } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { OPEN_TO_PENDING_PROCEDURES, PUBLIC_PROCEDURES } from "./procedure-access";
import { appRouter } from "./root";
import { createClient, keep, reasonFrom } from "./test-utils";

/** A well-formed input for every procedure, so only the session decides the answer. */
const SAMPLE_INPUT: Record<string, unknown> = {
  "account.reauthenticate": { password: TEST_PASSWORD },
  "twoFactor.setPreferred": { kind: "totp" },
  "totp.beginEnrollment": { label: "Attacker phone" },
  "totp.confirmEnrollment": {
    enrollmentId: "00000000-0000-4000-8000-000000000000",
    code: "123456",
  },
  "totp.rename": { id: "00000000-0000-4000-8000-000000000000", label: "x" },
  "totp.remove": { id: "00000000-0000-4000-8000-000000000000" },
  "securityLog.list": {},
  "webauthn.beginRegistration": { label: "Attacker key" },
  "webauthn.finishRegistration": {
    response: {
      id: "AAAA",
      rawId: "AAAA",
      type: "public-key",
      response: { clientDataJSON: "e30", attestationObject: "oA" },
      clientExtensionResults: {},
    },
  },
  "push.beginDeviceEnrollment": { label: "Attacker device" },
  "push.enrollmentStatus": { enrollmentId: "00000000-0000-4000-8000-000000000000" },
  "push.renameDevice": { id: "00000000-0000-4000-8000-000000000000", label: "x" },
  "push.removeDevice": { id: "00000000-0000-4000-8000-000000000000" },
  "webauthn.rename": { id: "00000000-0000-4000-8000-000000000000", label: "x" },
  "webauthn.remove": { id: "00000000-0000-4000-8000-000000000000" },
  "sms.addPhone": { phone: "+41 79 123 45 67" },
  "sms.resendCode": { phoneId: "00000000-0000-4000-8000-000000000000" },
  "sms.confirmPhone": { phoneId: "00000000-0000-4000-8000-000000000000", code: "123456" },
  "sms.rename": { id: "00000000-0000-4000-8000-000000000000", label: "x" },
  "sms.remove": { id: "00000000-0000-4000-8000-000000000000" },
  "appPasswords.create": { name: "Attacker mail", scopes: ["mail"] },
  "appPasswords.revoke": { id: "00000000-0000-4000-8000-000000000000" },
  "sessions.revoke": { id: "00000000-0000-4000-8000-000000000000" },
  "account.changePassword": { newPassword: "attacker chosen password" },
  "account.setLocale": { locale: "fr" },
  "twoFactor.enableMethod": { method: "totp" },
  "account.setBrowserPolicy": { policy: "remember" },
  "trustedBrowsers.revoke": { id: "00000000-0000-4000-8000-000000000000" },
};

type Callable = (input: unknown) => Promise<unknown>;

describe.each(databaseKinds())("a pending session on %s", (kind) => {
  const engine = useTestEngine(kind);

  const guarded = Object.keys(appRouter._def.procedures).filter(
    (p) => !OPEN_TO_PENDING_PROCEDURES.has(p) && !PUBLIC_PROCEDURES.has(p),
  );

  it("covers every procedure that takes input (a new one must get a sample here)", () => {
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { inputs: unknown[] } }
    >;
    const withInput = guarded.filter((p) => (procedures[p]?._def.inputs.length ?? 0) > 0);
    expect(withInput.filter((p) => !(p in SAMPLE_INPUT))).toEqual([]);
    expect(guarded).toEqual(
      expect.arrayContaining([
        "twoFactor.status",
        "totp.beginEnrollment",
        "backupCodes.regenerate",
      ]),
    );
  });

  it.each(guarded)("is refused by %s with SECOND_FACTOR_REQUIRED", async (path) => {
    const person = await personWithTOTP(engine);
    const client = createClient(engine.twofold, "bearer");
    keep(
      client,
      await client.caller.auth.signIn({
        email: person.email,
        password: TEST_PASSWORD,
        tokenInBody: true,
      }),
    );
    const [router = "", procedure = ""] = path.split(".");
    const routerCaller = (client.caller as unknown as Record<string, Record<string, Callable>>)[
      router
    ];
    const call = routerCaller?.[procedure];
    if (!call) throw new Error(`no caller for ${path}`);
    expect(await reasonFrom(call(SAMPLE_INPUT[path]))).toBe("SECOND_FACTOR_REQUIRED");
    // And nothing was done on its behalf: the factor is as it was.
    const status = await engine.twofold.twoFactor.status(person.accountId);
    expect(status.factors.map((f) => f.label)).toEqual(["Phone"]);
    expect(status.backupCodesRemaining).toBe(10);
  });
});
