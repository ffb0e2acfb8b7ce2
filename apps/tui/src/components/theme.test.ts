import { describe, expect, it } from "vitest";
import { themeFor } from "./theme";

describe("colours", () => {
  it("are used by default, and dropped under NO_COLOR or a dumb terminal", () => {
    expect(themeFor({}).color).toBe(true);
    expect(themeFor({ NO_COLOR: "1" })).toMatchObject({
      color: false,
      accent: undefined,
      error: undefined,
      warn: undefined,
    });
    expect(themeFor({ TERM: "dumb" }).color).toBe(false);
    // An empty NO_COLOR does not count (no-color.org).
    expect(themeFor({ NO_COLOR: "" }).color).toBe(true);
  });
});
