import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../test/messages";
import { retrySentence } from "./retry";

const words = (locale: "en" | "fr") => ({
  retryAt: MESSAGES[locale].retryAt,
  retryOn: MESSAGES[locale].retryOn,
  time: (iso: string) =>
    new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(new Date(iso)),
  dateTime: (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(
      new Date(iso),
    ),
});

describe("when to try again", () => {
  const now = new Date(2026, 11, 7, 9, 0);

  it("is the time alone when the wait ends today", () => {
    const at = new Date(2026, 11, 7, 10, 42).toISOString();
    expect(retrySentence(words("en"), { at, now })).toBe("Try again after 10:42 AM.");
  });

  it("names the day when the wait ends days later (a recovery's), in the person's language", () => {
    const at = new Date(2026, 11, 10, 10, 27).toISOString();
    expect(retrySentence(words("en"), { at, now })).toBe("Try again after Dec 10, 2026, 10:27 AM.");
    expect(retrySentence(words("fr"), { at, now })).toBe(
      "Réessayez à partir du 10 déc. 2026, 10:27.",
    );
  });
});
