import { describe, expect, it } from "vitest";
import { en } from "./en";
import { LANGUAGES, pickLanguage } from "./index";

/** Every key of a table, nested keys as a.b.c, with the type of what it holds. */
function shape(table: object, prefix = ""): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? shape(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}:${typeof value}`],
  );
}

describe("the authenticator's texts", () => {
  it.each(Object.entries(LANGUAGES))("%s has every text the English table has", (_, table) => {
    expect(shape(table).sort()).toEqual(shape(en).sort());
  });

  it.each(Object.entries(LANGUAGES))("%s has no empty text", (_, table) => {
    const strings = JSON.stringify(table);
    expect(strings).not.toContain('""');
  });

  it("follows the phone's language, English when it speaks none of ours", () => {
    expect(pickLanguage(["fr-CH", "en"])).toBe("fr");
    expect(pickLanguage(["es-ES", "de-CH"])).toBe("de");
    expect(pickLanguage(["it"])).toBe("it");
    expect(pickLanguage(["ja-JP"])).toBe("en");
    expect(pickLanguage([])).toBe("en");
  });

  it("keeps the texts the end-to-end tests read (English)", () => {
    expect(en.notification.title("Firefox on Windows, near Zurich, CH")).toBe(
      "Sign-in request: Firefox on Windows, near Zurich, CH",
    );
    expect(en.enroll.submit).toBe("Add this phone");
    expect(en.request.title).toBe("Is this you?");
    expect([en.request.yes, en.request.no, en.request.report]).toEqual([
      "Yes",
      "No",
      "No, and report it",
    ]);
    expect(en.request.number).toBe("Number shown on the sign-in page");
    expect(en.accounts.offline).toBe("Show an offline code");
    expect(en.request.cancelled).toBe("This sign-in was cancelled.");
    expect(en.request.answeredElsewhere).toBe("Another device answered this sign-in.");
    expect(en.request.expired).toBe("This sign-in request expired.");
  });
});
