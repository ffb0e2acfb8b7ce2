import {
  createTestEngine,
  personWithTOTP,
  TEST_PASSWORD,
  type TestEngine,
} from "@twofold/core/testing";
import { databaseKinds, dumpAllTables } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearerSignIn, createClient, reasonFrom, type Client } from "../test/clients";

type Call = (c: Client) => Promise<unknown>;
const huge = "x".repeat(100_000);
const nasty = (v: unknown) => v as never;

/** Bad input, each with the reason a client gets. None may change a row. */
const CASES: [string, Call, string][] = [
  [
    "signIn with a number for email",
    (c) => c.caller.auth.signIn(nasty({ email: 1, password: "x" })),
    "INVALID_INPUT",
  ],
  [
    "signIn with an unknown field",
    (c) => c.caller.auth.signIn(nasty({ email: "a@b.ch", password: "x", admin: true })),
    "INVALID_INPUT",
  ],
  [
    "signIn with a 100 kB password",
    (c) => c.caller.auth.signIn({ email: "a@b.ch", password: huge }),
    "INVALID_INPUT",
  ],
  [
    "signUp with a 100 kB email",
    (c) => c.caller.auth.signUp({ email: huge, password: TEST_PASSWORD }),
    "INVALID_INPUT",
  ],
  ["signUp with no input", (c) => c.caller.auth.signUp(nasty(undefined)), "INVALID_INPUT"],
  [
    "verifyTOTP with letters",
    (c) => c.caller.auth.verifyTOTP({ code: "abcdef" }),
    "INVALID_CODE_FORMAT",
  ],
  [
    "verifyTOTP with 5 digits",
    (c) => c.caller.auth.verifyTOTP({ code: "12345" }),
    "INVALID_CODE_FORMAT",
  ],
  [
    "verifyTOTP with a number",
    (c) => c.caller.auth.verifyTOTP(nasty({ code: 123456 })),
    "INVALID_INPUT",
  ],
  ["verifyTOTP with a huge code", (c) => c.caller.auth.verifyTOTP({ code: huge }), "INVALID_INPUT"],
  ["verifyTOTP with null", (c) => c.caller.auth.verifyTOTP(nasty(null)), "INVALID_INPUT"],
  [
    "verifyBackupCode with 11 characters",
    (c) => c.caller.auth.verifyBackupCode({ code: "abcd-efgh-jkm" }),
    "INVALID_CODE_FORMAT",
  ],
  [
    "verifyBackupCode with emoji",
    (c) => c.caller.auth.verifyBackupCode({ code: "🔑🔑🔑🔑-🔑🔑🔑🔑" }),
    "INVALID_CODE_FORMAT",
  ],
  [
    "signIn with a NUL in the email",
    (c) => c.caller.auth.signIn({ email: "a\u0000@b.ch", password: "x" }),
    "INVALID_INPUT",
  ],
  [
    "signUp with a NUL in the name",
    (c) =>
      c.caller.auth.signUp({ email: "nul@b.ch", password: TEST_PASSWORD, displayName: "a\u0000" }),
    "INVALID_INPUT",
  ],
  [
    "verifyTOTP with a NUL",
    (c) => c.caller.auth.verifyTOTP({ code: "123\u0000456" }),
    "INVALID_INPUT",
  ],
  [
    "verifyBackupCode with an array",
    (c) => c.caller.auth.verifyBackupCode(nasty({ code: ["a"] })),
    "INVALID_INPUT",
  ],
];

describe.each(databaseKinds())("bad input on %s", (kind) => {
  let engine: TestEngine;
  let client: Client;
  beforeAll(async () => {
    engine = await createTestEngine(kind);
    const person = await personWithTOTP(engine);
    client = await bearerSignIn(engine.twofold, person.email);
  });
  afterAll(() => engine.close());

  it.each(CASES)("%s: a typed reason, nothing changed", async (_name, call, reason) => {
    const before = await dumpAllTables(engine.database);
    expect(await reasonFrom(call(client))).toBe(reason);
    expect(await dumpAllTables(engine.database)).toBe(before);
  });

  it("an active session's bad inputs to settings are refused the same way", async () => {
    const person = await personWithTOTP(engine);
    const browser = createClient(engine.twofold, "bearer", person.session.token);
    const before = await dumpAllTables(engine.database);
    expect(await reasonFrom(browser.caller.totp.beginEnrollment({ label: "" }))).toBe(
      "INVALID_INPUT",
    );
    expect(await reasonFrom(browser.caller.totp.beginEnrollment({ label: huge }))).toBe(
      "INVALID_INPUT",
    );
    expect(await reasonFrom(browser.caller.totp.beginEnrollment({ label: "a\u0000b" }))).toBe(
      "INVALID_INPUT",
    );
    expect(await reasonFrom(browser.caller.totp.rename({ id: "not-a-uuid", label: "x" }))).toBe(
      "INVALID_INPUT",
    );
    expect(
      await reasonFrom(
        browser.caller.totp.confirmEnrollment({
          enrollmentId: "00000000-0000-4000-8000-000000000000",
          code: "12",
        }),
      ),
    ).toBe("INVALID_CODE_FORMAT");
    expect(await reasonFrom(browser.caller.securityLog.list({ cursor: -1 }))).toBe("INVALID_INPUT");
    expect(await dumpAllTables(engine.database)).toBe(before);
  });
});
