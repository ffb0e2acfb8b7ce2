// A refusal that says when to try again: a recovery's wait ends days later, and a time alone
// ("Try again after 10:27") would read as "in a few minutes".
import { describe, expect, it } from "vitest";
import { clockTime, day, problemText } from "./text";

describe("when to try again", () => {
  it("is the time alone when the wait ends today", () => {
    const soon = new Date(Date.now() + 1_000).toISOString();
    const text = problemText({ reason: "RATE_LIMITED", retryAt: soon });
    expect(text).toContain(`Try again after ${clockTime(soon)}.`);
  });

  it("names the day when the wait ends on another day", () => {
    const later = new Date(Date.now() + 3 * 24 * 3_600_000).toISOString();
    const text = problemText({ reason: "RECOVERY_WAITING", retryAt: later });
    expect(text).toBe(
      `The waiting period of this recovery is not over yet. Try again after ${day(later)}, ${clockTime(later)}.`,
    );
  });
});
