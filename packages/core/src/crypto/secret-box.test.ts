import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TwofoldError } from "../errors";
import { open, seal } from "./secret-box";

const key = randomBytes(32);
const seed = randomBytes(20);
const ACCOUNT = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

function expectTwofoldError(fn: () => unknown, code: string): void {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(TwofoldError);
  expect(error).toMatchObject({ code });
}

describe("seal and open", () => {
  it("opens what it sealed, with the same key and context", () => {
    const sealed = seal(key, randomBytes(12), seed, ACCOUNT);
    expect(open(key, sealed, ACCOUNT)).toEqual(seed);
  });

  it("never shows the secret and gives a new text for each nonce", () => {
    const a = seal(key, randomBytes(12), seed, ACCOUNT);
    const b = seal(key, randomBytes(12), seed, ACCOUNT);
    expect(a).not.toBe(b);
    for (const encoding of ["hex", "base64", "base64url"] as const) {
      expect(a).not.toContain(seed.toString(encoding));
    }
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  });

  it("refuses to open under another context: a seed moved to another account's row is useless", () => {
    const sealed = seal(key, randomBytes(12), seed, ACCOUNT);
    expectTwofoldError(
      () => open(key, sealed, "0b6c4a0e-2f59-4a5e-9c39-0d6ad1f0e111"),
      "SEALED_OPEN",
    );
  });

  it("refuses to open with another key", () => {
    const sealed = seal(key, randomBytes(12), seed, ACCOUNT);
    expectTwofoldError(() => open(randomBytes(32), sealed, ACCOUNT), "SEALED_OPEN");
  });

  it("refuses a sealed text with any one byte changed (nonce, ciphertext or tag)", () => {
    const sealed = seal(key, randomBytes(12), seed, ACCOUNT);
    const raw = Buffer.from(sealed.slice("v1.".length), "base64url");
    for (let i = 0; i < raw.length; i += 1) {
      const tampered = Buffer.from(raw);
      tampered[i] = (tampered[i] ?? 0) ^ 0x01;
      expectTwofoldError(
        () => open(key, `v1.${tampered.toString("base64url")}`, ACCOUNT),
        "SEALED_OPEN",
      );
    }
  });

  it.each([
    "",
    "v1",
    "v1.",
    "v2.AAAA",
    "plain text",
    `v1.${Buffer.alloc(27).toString("base64url")}`,
  ])("refuses %j as not a sealed secret", (text) => {
    expectTwofoldError(() => open(key, text, ACCOUNT), "SEALED_FORMAT");
  });

  it("refuses a nonce that is not 12 bytes", () => {
    expectTwofoldError(() => seal(key, randomBytes(8), seed, ACCOUNT), "BAD_NONCE");
  });
});
