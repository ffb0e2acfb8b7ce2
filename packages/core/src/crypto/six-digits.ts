import type { RandomSource } from "../ports";

/** Six uniform digits (rejection sampling: no digit is likelier than another). */
export function sixDigitCode(random: RandomSource): string {
  const limit = 4_294_000_000; // the largest multiple of 10^6 below 2^32
  for (;;) {
    const n = Buffer.from(random.bytes(4)).readUInt32BE(0);
    if (n < limit) return String(n % 1_000_000).padStart(6, "0");
  }
}

/** What a person typed, as six digits ("123 456", "123-456" are fine), or null. */
export function normalizeSixDigits(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}
