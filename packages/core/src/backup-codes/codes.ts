import type { RandomSource } from "../ports";

/** Crockford's base32, lower case: no i, l, o, u, so nothing reads as something else. */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const GROUPS = 3;
const GROUP_LENGTH = 4;
export const BACKUP_CODE_COUNT = 10;

/** A code for people to read and type: Crockford base32 in groups of `size` (5 bits a character). */
export function groupedCode(random: RandomSource, groups: number, size: number): string {
  const bytes = random.bytes(groups * size);
  // 32 symbols: the low five bits of each byte are uniform, no modulo bias.
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31] ?? "0").join("");
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += size) parts.push(chars.slice(i, i + size));
  return parts.join("-");
}

/**
 * What a person typed, as the canonical code of `length` characters, or null when it cannot be
 * one. Forgiving the way Crockford intends: case, spaces and dashes ignored, o read as 0, i and
 * l as 1.
 */
export function normalizeGroupedCode(input: string, length: number): string | null {
  const canonical = input
    .toLowerCase()
    .replace(/[\s-]/g, "")
    .replace(/o/g, "0")
    .replace(/[il]/g, "1");
  return canonical.length === length && [...canonical].every((c) => ALPHABET.includes(c))
    ? canonical
    : null;
}

/** One code: 12 characters (60 bits), shown as `k7wq-3mfa-x9td`. */
export function generateBackupCode(random: RandomSource): string {
  return groupedCode(random, GROUPS, GROUP_LENGTH);
}

export function generateBackupCodes(random: RandomSource, count = BACKUP_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(generateBackupCode(random));
  return [...codes];
}

/** A backup code as typed, canonical (see normalizeGroupedCode), or null. */
export function normalizeBackupCode(input: string): string | null {
  return normalizeGroupedCode(input, GROUPS * GROUP_LENGTH);
}
