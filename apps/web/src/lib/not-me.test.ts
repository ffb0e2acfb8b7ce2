import { describe, expect, it } from "vitest";
import { de } from "../i18n/de";
import { en } from "../i18n/en";
import { notMeAboutText } from "./not-me";

describe("notMeAboutText", () => {
  it("names the method that was removed, and says when two-step is off again", () => {
    const removed = { action: "factor_removed", factorKind: "webauthn", label: "YubiKey" } as const;
    expect(notMeAboutText(en, { ...removed, twoFactorEnabled: true })).toEqual([
      "Removed, as someone else added it: Security key “YubiKey”.",
    ]);
    expect(notMeAboutText(en, { ...removed, twoFactorEnabled: false })).toHaveLength(2);
  });

  it("tells how to put back a removed method or turn two-step on again, in the page's language", () => {
    expect(
      notMeAboutText(de, { action: "add_factor_again", factorKind: "totp", label: "Handy" })[0],
    ).toContain("„Handy“");
    expect(notMeAboutText(en, { action: "turn_on_two_step_again" })).toEqual([
      en.notMe.about.turnOnAgain,
    ]);
    expect(notMeAboutText(en, null)).toEqual([]);
  });
});
