/** RFC 4226 appendix D: HOTP values for the ASCII secret "12345678901234567890", counters 0-9. */
export const RFC4226_SECRET_ASCII = "12345678901234567890";
export const RFC4226_VECTORS: readonly { counter: number; hotp: string }[] = [
  { counter: 0, hotp: "755224" },
  { counter: 1, hotp: "287082" },
  { counter: 2, hotp: "359152" },
  { counter: 3, hotp: "969429" },
  { counter: 4, hotp: "338314" },
  { counter: 5, hotp: "254676" },
  { counter: 6, hotp: "287922" },
  { counter: 7, hotp: "162583" },
  { counter: 8, hotp: "399871" },
  { counter: 9, hotp: "520489" },
];

/** RFC 6238 appendix B: 8-digit TOTP values, 30 s steps, one secret per algorithm (ASCII). */
export const RFC6238_SECRETS_ASCII = {
  SHA1: "12345678901234567890",
  SHA256: "12345678901234567890123456789012",
  SHA512: "1234567890123456789012345678901234567890123456789012345678901234",
} as const;

export type RFCAlgorithm = keyof typeof RFC6238_SECRETS_ASCII;

export const RFC6238_VECTORS: readonly { time: number; algorithm: RFCAlgorithm; totp: string }[] = [
  { time: 59, algorithm: "SHA1", totp: "94287082" },
  { time: 59, algorithm: "SHA256", totp: "46119246" },
  { time: 59, algorithm: "SHA512", totp: "90693936" },
  { time: 1111111109, algorithm: "SHA1", totp: "07081804" },
  { time: 1111111109, algorithm: "SHA256", totp: "68084774" },
  { time: 1111111109, algorithm: "SHA512", totp: "25091201" },
  { time: 1111111111, algorithm: "SHA1", totp: "14050471" },
  { time: 1111111111, algorithm: "SHA256", totp: "67062674" },
  { time: 1111111111, algorithm: "SHA512", totp: "99943326" },
  { time: 1234567890, algorithm: "SHA1", totp: "89005924" },
  { time: 1234567890, algorithm: "SHA256", totp: "91819424" },
  { time: 1234567890, algorithm: "SHA512", totp: "93441116" },
  { time: 2000000000, algorithm: "SHA1", totp: "69279037" },
  { time: 2000000000, algorithm: "SHA256", totp: "90698825" },
  { time: 2000000000, algorithm: "SHA512", totp: "38618901" },
  { time: 20000000000, algorithm: "SHA1", totp: "65353130" },
  { time: 20000000000, algorithm: "SHA256", totp: "77737706" },
  { time: 20000000000, algorithm: "SHA512", totp: "47863826" },
];
