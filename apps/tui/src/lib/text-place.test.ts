import { describe, expect, it } from "vitest";
import { TEXT } from "./text";

describe("the place of an address in the terminal's lists", () => {
  it("follows the address in the sessions list and the security log, when the server knows it", () => {
    expect(TEXT.sessions.address("129.132.1.1", "Zurich, CH")).toBe(
      "129.132.1.1 (near Zurich, CH)",
    );
    expect(TEXT.sessions.address("127.0.0.1", null)).toBe("127.0.0.1");
    expect(TEXT.log.from("Firefox", "Linux", "129.132.1.1", "Zurich, CH")).toBe(
      "Firefox on Linux · 129.132.1.1 (near Zurich, CH)",
    );
    expect(TEXT.log.from("Firefox", "Linux", "127.0.0.1", null)).toBe(
      "Firefox on Linux · 127.0.0.1",
    );
  });
});
