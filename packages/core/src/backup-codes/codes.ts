import type { RandomSource } from "../ports";

/** Crockford's base32, lower case: no i, l, o, u, so nothing reads as something else. */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const GROUPS = 3;
const GROUP_LENGTH = 4;
export const BACKUP_CODE_COUNT = 10;
const CODE = new RegExp(`^[${ALPHABET}]{${GROUPS * GROUP_LENGTH}}$`);

/** One code: 12 characters (60 bits), shown as `k7wq-3mfa-x9td`. */
export function generateBackupCode(random: RandomSource): string {
  const bytes = random.bytes(GROUPS * GROUP_LENGTH);
  // 32 symbols: the low five bits of each byte are uniform, no modulo bias.
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31] ?? "0").join("");
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP_LENGTH)
    groups.push(chars.slice(i, i + GROUP_LENGTH));
  return groups.join("-");
}

export function generateBackupCodes(random: RandomSource, count = BACKUP_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(generateBackupCode(random));
  return [...codes];
}

/**
 * What a person typed, as the canonical code, or null when it cannot be one. Forgiving the
 * way Crockford intends: case, spaces and dashes ignored, o read as 0, i and l as 1.
 */
export function normalizeBackupCode(input: string): string | null {
  const canonical = input
    .toLowerCase()
    .replace(/[\s-]/g, "")
    .replace(/o/g, "0")
    .replace(/[il]/g, "1");
  return CODE.test(canonical) ? canonical : null;
}
