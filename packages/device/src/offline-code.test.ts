import { describe, expect, it } from "vitest";
import { offlineCode } from "./offline-code";

describe("the offline code", () => {
  it("is RFC 6238 (the SHA-1 vectors' last six digits)", async () => {
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect((await offlineCode(secret, new Date(59_000))).code).toBe("287082");
    expect((await offlineCode(secret, new Date(1_111_111_109_000))).code).toBe("081804");
    expect((await offlineCode(secret, new Date(59_000))).secondsLeft).toBe(1);
  });
});
