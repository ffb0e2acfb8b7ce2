import { describe, expect, it } from "vitest";
import { FakeClock } from "./clock";
import { otpAppCode, otpauthSecret } from "./otp-app";
import { RFC4226_VECTORS, RFC6238_VECTORS } from "./rfc-vectors";
import { rfc6238Code } from "./totp";

describe("FakeClock", () => {
  it("stands still until told to move, then moves exactly", () => {
    const clock = new FakeClock("2026-01-01T00:00:00.000Z");
    expect(clock.now().toISOString()).toBe("2026-01-01T00:00:00.000Z");
    clock.advanceSeconds(30);
    clock.advance(500);
    expect(clock.now().toISOString()).toBe("2026-01-01T00:00:30.500Z");
    clock.set(0);
    expect(clock.now().getTime()).toBe(0);
  });
});

describe("otpAppCode", () => {
  // RFC 6238's SHA-1 seed, in base32, read back through an otpauth URI as a phone app would.
  const uri =
    "otpauth://totp/Twofold:a%40b.ch?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Twofold";

  it("computes the 6-digit code of the RFC 6238 vectors (their last 6 digits)", () => {
    for (const v of RFC6238_VECTORS.filter((v) => v.algorithm === "SHA1")) {
      expect(otpAppCode(uri, new Date(v.time * 1000))).toBe(v.totp.slice(2));
    }
    expect(otpauthSecret(uri)).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  });

  it("refuses what is not a TOTP otpauth URI", () => {
    expect(() => otpAppCode("otpauth://hotp/x?secret=GEZDGNBV", new Date())).toThrow(/not a TOTP/);
    expect(() => otpAppCode("https://example.ch/?secret=GEZDGNBV", new Date())).toThrow(
      /not a TOTP/,
    );
  });
});

describe("rfc6238Code (the implementation that shares no code with the server)", () => {
  it("computes the RFC 6238 SHA-1 vectors, all 8 digits, from the base32 seed", () => {
    for (const v of RFC6238_VECTORS.filter((v) => v.algorithm === "SHA1")) {
      const at = new Date(v.time * 1000);
      expect(rfc6238Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", at, 8)).toBe(v.totp);
      expect(rfc6238Code("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", at)).toBe(v.totp.slice(2));
    }
  });
});

describe("the RFC vectors", () => {
  it("are complete: 10 HOTP values and 18 TOTP rows (6 times x 3 algorithms)", () => {
    expect(RFC4226_VECTORS.map((v) => v.counter)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(RFC6238_VECTORS).toHaveLength(18);
    expect(new Set(RFC6238_VECTORS.map((v) => v.time)).size).toBe(6);
  });
});
