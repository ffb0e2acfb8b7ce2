import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cryptoRandom } from "../deps";
import type { RandomSource } from "../ports";
import {
  BACKUP_CODE_COUNT,
  generateBackupCode,
  generateBackupCodes,
  normalizeBackupCode,
} from "./codes";

// Crockford's base32 in lower case: no i, l, o, u.
const SYMBOL = "[0-9a-hjkmnp-tv-z]";
const DISPLAYED = new RegExp(`^${SYMBOL}{4}-${SYMBOL}{4}-${SYMBOL}{4}$`);
const CANONICAL = new RegExp(`^${SYMBOL}{12}$`);

const fixedBytes = (bytes: readonly number[]): RandomSource => ({
  bytes: () => Uint8Array.from(bytes),
});

describe("generateBackupCodes", () => {
  it("gives 10 distinct codes shown like k7wq-3mfa-x9td", () => {
    const codes = generateBackupCodes(cryptoRandom);
    expect(codes).toHaveLength(BACKUP_CODE_COUNT);
    expect(BACKUP_CODE_COUNT).toBe(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(DISPLAYED);
  });

  it("still gives 10 distinct codes when the random source repeats itself", () => {
    let call = 0;
    // Every draw comes twice in a row: a set that kept duplicates would show them.
    const stuttering: RandomSource = {
      bytes: (n) => {
        call += 1;
        return new Uint8Array(n).fill(Math.floor(call / 2));
      },
    };
    const codes = generateBackupCodes(stuttering);
    expect(new Set(codes).size).toBe(10);
  });

  it("uses all 32 symbols, one per five random bits", () => {
    expect(generateBackupCode(fixedBytes([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))).toBe(
      "0123-4567-89ab",
    );
    expect(generateBackupCode(fixedBytes([20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]))).toBe(
      "mnpq-rstv-wxyz",
    );
    expect(generateBackupCode(fixedBytes([32, 33, 34, 35, 255, 224, 12, 13, 14, 15, 16, 17]))).toBe(
      "0123-z0cd-efgh",
    );
  });
});

describe("normalizeBackupCode", () => {
  it.each([
    ["k7wq-3mfa-x9td", "k7wq3mfax9td"],
    ["K7WQ-3MFA-X9TD", "k7wq3mfax9td"],
    ["k7wq 3mfa x9td", "k7wq3mfax9td"],
    ["  k7wq3mfax9td\n", "k7wq3mfax9td"],
    ["k7-wq-3m-fa-x9-td", "k7wq3mfax9td"],
    ["k7wq-3mfa-x9tO", "k7wq3mfax9t0"],
    ["k7wq-3mfa-x9to", "k7wq3mfax9t0"],
    ["k7wq-3mfa-x9ti", "k7wq3mfax9t1"],
    ["k7wq-3mfa-x9tI", "k7wq3mfax9t1"],
    ["k7wq-3mfa-x9tl", "k7wq3mfax9t1"],
    ["k7wq-3mfa-x9tL", "k7wq3mfax9t1"],
  ])("reads %j as %s", (input, expected) => {
    expect(normalizeBackupCode(input)).toBe(expected);
  });

  it.each([
    ["empty", ""],
    ["one character short", "k7wq-3mfa-x9t"],
    ["one character long", "k7wq-3mfa-x9tdd"],
    ["a u (not in the alphabet)", "k7wq-3mfa-x9tu"],
    ["underscores", "k7wq_3mfa_x9td"],
    ["dots", "k7wq.3mfa.x9td"],
    ["a TOTP code", "123456"],
    ["letters outside ASCII", "k7wq-3mfa-x9tä"],
  ])("refuses %s", (_name, input) => {
    expect(normalizeBackupCode(input)).toBeNull();
  });

  it("reads every generated code, however it is retyped, as the same canonical code", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 12 }), (bytes) => {
        const code = generateBackupCode(fixedBytes([...bytes]));
        const canonical = code.replaceAll("-", "");
        expect(code).toMatch(DISPLAYED);
        expect(normalizeBackupCode(code)).toBe(canonical);
        expect(normalizeBackupCode(code.toUpperCase())).toBe(canonical);
        expect(normalizeBackupCode(code.replaceAll("-", " "))).toBe(canonical);
        expect(normalizeBackupCode(canonical)).toBe(canonical);
      }),
    );
  });

  it("never throws on arbitrary input, and answers null or a canonical code that stays put", () => {
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.stringMatching(/^[0-9a-zA-Z -]{0,20}$/),
    );
    fc.assert(
      fc.property(input, (text) => {
        const result = normalizeBackupCode(text);
        if (result === null) return;
        expect(result).toMatch(CANONICAL);
        expect(normalizeBackupCode(result)).toBe(result);
      }),
    );
  });
});
