import { describe, expect, it } from "vitest";
import { redirectFor } from "./landing";
import { PATHS } from "./paths";
import { linkToken, proofInput } from "./recovery";

const fields = { token: "tok", code: " 123456 ", appPassword: " abcd-efgh " };

describe("the recovery page's proofs", () => {
  it("sends each proof as the API takes it (a browser's proof is its cookies alone)", () => {
    expect(proofInput({ ...fields, kind: "email_link" })).toEqual({
      kind: "email_link",
      token: "tok",
    });
    expect(proofInput({ ...fields, kind: "sms_code" })).toEqual({
      kind: "sms_code",
      code: "123456",
    });
    expect(proofInput({ ...fields, kind: "browser" })).toEqual({ kind: "browser" });
    expect(proofInput({ ...fields, kind: "app_password" })).toEqual({
      kind: "app_password",
      appPassword: "abcd-efgh",
    });
  });

  it("reads the recovery link's token from the page's address", () => {
    expect(linkToken("#token=abc_DEF-1")).toBe("abc_DEF-1");
    expect(linkToken("")).toBe("");
  });

  it("opens signed out, half signed in or signed in (the link comes by mail)", () => {
    const session = {
      signedOut: true,
      signedIn: false,
      pending: false,
      passwordChangeRequired: false,
    };
    expect(redirectFor(PATHS.recover, session)).toBeNull();
    expect(redirectFor(PATHS.recover, { ...session, signedOut: false, signedIn: true })).toBeNull();
  });
});
