import { describe, expect, it } from "vitest";
import { maskAddress } from "./mask";

describe("maskAddress", () => {
  it("keeps the first character and the domain", () => {
    expect(maskAddress("tom@example.net")).toBe("t•••@example.net");
    expect(maskAddress("é.lise@exemple.fr")).toBe("é•••@exemple.fr");
  });
  it("shows nothing of what is not an address", () => {
    expect(maskAddress("nothing")).toBe("•••");
  });
});
