import {
  otpAppCode,
  RFC4226_SECRET_ASCII,
  RFC4226_VECTORS,
  RFC6238_SECRETS_ASCII,
  RFC6238_VECTORS,
  type RFCAlgorithm,
} from "@twofold/testing";
import { describe, expect, it } from "vitest";
import {
  generateHOTP,
  generateTOTP,
  matchTOTP,
  normalizeTOTPCode,
  otpauthURI,
  TOTP_PERIOD,
} from "./otp";

const ascii = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "ascii"));
const ALGORITHM = { SHA1: "sha1", SHA256: "sha256", SHA512: "sha512" } as const satisfies Record<
  RFCAlgorithm,
  string
>;
const STEP_MS = TOTP_PERIOD * 1000;

describe("generateHOTP", () => {
  it.each(RFC4226_VECTORS)(
    "RFC 4226 appendix D: counter $counter gives $hotp",
    ({ counter, hotp }) => {
      expect(generateHOTP(ascii(RFC4226_SECRET_ASCII), counter)).toBe(hotp);
    },
  );
});

describe("generateTOTP", () => {
  it.each(RFC6238_VECTORS)(
    "RFC 6238 appendix B: $algorithm at $time s gives $totp",
    ({ time, algorithm, totp }) => {
      const seed = ascii(RFC6238_SECRETS_ASCII[algorithm]);
      expect(
        generateTOTP(seed, new Date(time * 1000), { digits: 8, algorithm: ALGORITHM[algorithm] }),
      ).toBe(totp);
    },
  );

  it("defaults to what OTP apps show: 6 digits of SHA-1 (the RFC value's last six)", () => {
    expect(generateTOTP(ascii(RFC6238_SECRETS_ASCII.SHA1), new Date(59_000))).toBe("287082");
    expect(generateTOTP(ascii(RFC6238_SECRETS_ASCII.SHA1), new Date(1_111_111_109_000))).toBe(
      "081804",
    );
  });

  it("keeps one code for the whole 30 s step and changes at its end", () => {
    const seed = ascii(RFC6238_SECRETS_ASCII.SHA1);
    const start = new Date(1_111_111_110_000); // the first second of a step
    const last = new Date(start.getTime() + STEP_MS - 1);
    const next = new Date(start.getTime() + STEP_MS);
    expect(generateTOTP(seed, last)).toBe(generateTOTP(seed, start));
    expect(generateTOTP(seed, next)).not.toBe(generateTOTP(seed, start));
  });
});

describe("matchTOTP", () => {
  const seed = ascii(RFC6238_SECRETS_ASCII.SHA1);
  // One instant in the middle of a step and one on a step boundary: the window must not depend on where in the step "now" is.
  const instants = [
    new Date(1_234_567_890_000),
    new Date(1_234_567_890_000 - (1_234_567_890_000 % STEP_MS)),
  ];
  const codeAt = (at: Date, steps: number): string =>
    generateTOTP(seed, new Date(at.getTime() + steps * STEP_MS));
  const stepOf = (at: Date): number => Math.floor(at.getTime() / STEP_MS);

  it.each(instants)(
    "accepts the previous, current and next step's code at %s and returns the step it matched",
    (at) => {
      for (const offset of [-1, 0, 1]) {
        expect(matchTOTP(seed, codeAt(at, offset), at)).toBe(stepOf(at) + offset);
      }
    },
  );

  it.each(instants)("refuses codes two or more steps away at %s", (at) => {
    for (const offset of [-3, -2, 2, 3]) {
      expect(matchTOTP(seed, codeAt(at, offset), at)).toBeNull();
    }
  });

  it("refuses a code of another seed and a wrong code", () => {
    const at = instants[0] ?? new Date();
    const otherSeed = ascii("another twenty bytes");
    expect(matchTOTP(seed, generateTOTP(otherSeed, at), at)).toBeNull();
    const right = codeAt(at, 0);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(matchTOTP(seed, wrong, at)).toBeNull();
  });
});

describe("normalizeTOTPCode", () => {
  it.each([
    ["123456", "123456"],
    ["123 456", "123456"],
    [" 123456\n", "123456"],
    ["1 2 3\t4 5 6", "123456"],
    ["000000", "000000"],
  ])("reads %j as %s", (input, expected) => {
    expect(normalizeTOTPCode(input)).toBe(expected);
  });

  it.each(["", "12345", "1234567", "12345a", "123-456", "１２３４５６", "٣٣٣٣٣٣", "12345678"])(
    "refuses %j: not six ASCII digits",
    (input) => {
      expect(normalizeTOTPCode(input)).toBeNull();
    },
  );

  it('turns a code typed the way an app displays it ("287 082") into one matchTOTP accepts', () => {
    const seed = ascii(RFC6238_SECRETS_ASCII.SHA1);
    const typed = normalizeTOTPCode("287 082");
    expect(typed).not.toBeNull();
    expect(matchTOTP(seed, typed ?? "", new Date(59_000))).toBe(1);
  });
});

describe("otpauthURI", () => {
  it("carries the seed, issuer and account so that a phone app computes our codes", () => {
    const seed = ascii(RFC6238_SECRETS_ASCII.SHA1);
    const uri = otpauthURI("Twofold", "ann@example.ch", seed);
    const url = new URL(uri);
    expect(url.protocol).toBe("otpauth:");
    expect(url.host).toBe("totp");
    expect(decodeURIComponent(url.pathname)).toBe("/Twofold:ann@example.ch");
    expect(url.searchParams.get("issuer")).toBe("Twofold");
    const at = new Date(1_700_000_000_000);
    expect(otpAppCode(uri, at)).toBe(generateTOTP(seed, at));
  });
});
