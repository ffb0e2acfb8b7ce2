import { describe, expect, it } from "vitest";
import { FIELD_LIMITS, mistakeOf, nearLimit } from "./field-limits";

describe("a field's limits, checked before the server", () => {
  it("says an empty name is empty, even made of spaces", () => {
    expect(mistakeOf({ value: "   ", max: FIELD_LIMITS.label })).toBe("EMPTY");
  });

  it("says a 5,000-character address is too long, not merely invalid", () => {
    const email = `${"a".repeat(4990)}@example.ch`;
    expect(mistakeOf({ value: email, max: FIELD_LIMITS.email, email: true })).toBe("TOO_LONG");
  });

  it("says an address without a domain is not an address", () => {
    expect(mistakeOf({ value: "ann@", max: FIELD_LIMITS.email, email: true })).toBe("NOT_EMAIL");
    expect(mistakeOf({ value: "ann@example.ch", max: 254, email: true })).toBeNull();
  });

  it("shows the count from four fifths of the limit on", () => {
    expect(nearLimit(50, 64)).toBe(false);
    expect(nearLimit(51, 64)).toBe(true);
    expect(nearLimit(64, 64)).toBe(true);
  });
});
