import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cryptoRandom } from "../deps";
import { constantTimeEqual, hashToken, keyedHash, newId, newToken } from "./tokens";

describe("newToken", () => {
  it("is 256 random bits as 43 base64url characters, a new one each time", () => {
    const a = newToken(cryptoRandom);
    const b = newToken(cryptoRandom);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it("comes from the injected random source", () => {
    const fixed = { bytes: (n: number): Uint8Array => new Uint8Array(n).fill(7) };
    expect(newToken(fixed)).toBe(Buffer.alloc(32, 7).toString("base64url"));
  });
});

describe("hashToken", () => {
  it("is deterministic, differs from the token and from other tokens' hashes", () => {
    const token = newToken(cryptoRandom);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toBe(token);
    expect(hashToken(token)).not.toContain(token);
    expect(hashToken(newToken(cryptoRandom))).not.toBe(hashToken(token));
  });
});

describe("keyedHash", () => {
  it("depends on the key: without it a stolen hash cannot be matched to a guess", () => {
    const key = randomBytes(32);
    expect(keyedHash(key, "k7wq3mfax9td")).toBe(keyedHash(key, "k7wq3mfax9td"));
    expect(keyedHash(randomBytes(32), "k7wq3mfax9td")).not.toBe(keyedHash(key, "k7wq3mfax9td"));
    expect(keyedHash(key, "k7wq3mfax9te")).not.toBe(keyedHash(key, "k7wq3mfax9td"));
  });
});

describe("constantTimeEqual", () => {
  it.each([
    ["", ""],
    ["abc", "abc"],
    ["grüezi ✓", "grüezi ✓"],
  ])("finds %j equal to %j", (a, b) => {
    expect(constantTimeEqual(a, b)).toBe(true);
  });

  it.each([
    ["abc", "abd"],
    ["abc", "xbc"],
    ["abc", "ab"],
    ["ab", "abc"],
    ["", "a"],
    ["abc", "ABC"],
  ])("finds %j and %j different", (a, b) => {
    expect(constantTimeEqual(a, b)).toBe(false);
  });
});

describe("newId", () => {
  it("is a version 4 UUID", () => {
    expect(newId(cryptoRandom)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(newId(cryptoRandom)).not.toBe(newId(cryptoRandom));
  });
});
