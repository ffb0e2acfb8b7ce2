import { describe, expect, it } from "vitest";
import { base64UrlToText, fromBase64Url, textToBase64Url, toBase64Url } from "./base64url";

describe("base64url without Buffer", () => {
  it("gives Node's own encoding, for every byte value and length", () => {
    for (let length = 0; length < 70; length += 1) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 37 + length) % 256);
      const expected = Buffer.from(bytes).toString("base64url");
      expect(toBase64Url(bytes)).toBe(expected);
      expect(Array.from(fromBase64Url(expected))).toEqual(Array.from(bytes));
    }
  });

  it("keeps text that is not ASCII", () => {
    const text = JSON.stringify(["Zürich", "señal", "日本"]);
    expect(textToBase64Url(text)).toBe(Buffer.from(text).toString("base64url"));
    expect(base64UrlToText(textToBase64Url(text))).toBe(text);
  });

  it("refuses what is not base64url", () => {
    expect(() => fromBase64Url("a!b")).toThrow();
  });
});
