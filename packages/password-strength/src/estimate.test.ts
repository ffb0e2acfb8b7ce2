import { describe, expect, it } from "vitest";
import { estimatePassword } from "./estimate";

const person = { email: "margaret.hamilton@example.ch", displayName: "Margaret Hamilton" };

describe("estimatePassword", () => {
  it.each([
    ["aaaaaaaaaa", "repeated"],
    ["abcabcabcabc", "repeated"],
    ["1234567890", "common"],
    ["abcdefghij", "sequence"],
    ["password1234", "common"],
  ] as const)("refuses %s as %s", (password, hint) => {
    expect(estimatePassword(password, person)).toMatchObject({ acceptable: false, hint });
  });

  it.each([
    ["the email's local part", "margaret.hamilton"],
    ["the email's local part and a year", "Margaret.Hamilton1969"],
    ["the whole address", "margaret.hamilton@example.ch"],
    ["the display name", "MargaretHamilton!"],
    ["the service's name", "twofoldtwofold"],
  ])("refuses %s as personal", (_name, password) => {
    expect(estimatePassword(password, person)).toMatchObject({
      acceptable: false,
      hint: "personal",
    });
  });

  it.each(["tiger lamp violin orbit", "copper-glacier-banjo-thistle", "Zk9#mQ2$vL8!pR4&"])(
    "accepts %s",
    (password) => {
      expect(estimatePassword(password, person)).toEqual({
        score: expect.any(Number) as number,
        acceptable: true,
        hint: null,
      });
    },
  );

  it("accepts a strong passphrase that also holds the person's name", () => {
    expect(estimatePassword("margaret copper glacier banjo", person).acceptable).toBe(true);
  });

  it("judges a long password by its start, so its cost stays bounded", () => {
    expect(estimatePassword("a".repeat(256), person).acceptable).toBe(false);
    expect(estimatePassword(`copper glacier banjo thistle ${"a".repeat(200)}`).acceptable).toBe(
      true,
    );
  });
});
