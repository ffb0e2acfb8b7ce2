import { describe, expect, it } from "vitest";
import { refreshDelay } from "./passkey-autofill";

describe("refreshDelay", () => {
  it("renews a waiting request 30 s before its challenge expires", () => {
    expect(refreshDelay(300_000)).toBe(270_000);
  });

  it("waits at least 30 s on a short timeout, and never renews without one", () => {
    expect(refreshDelay(10_000)).toBe(30_000);
    expect(refreshDelay(undefined)).toBeNull();
  });
});
