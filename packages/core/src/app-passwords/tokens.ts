import { constantTimeEqual, keyedHash } from "../crypto/tokens";
import type { Deps } from "../deps";
import type { RandomSource } from "../ports";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** 7 groups of 4 letters: log2(26^28) = 131.6 bits, and easy to type on any keyboard. */
const GROUPS = 7;
const GROUP = 4;
const LENGTH = GROUPS * GROUP;
/** The first letters find the row (an index), the keyed hash of all of them proves it. */
const LOOKUP_LENGTH = 8;

export interface AppPasswordParts {
  /** What is shown once: `abcd-efgh-ijkl-mnop-qrst-uvwx-yzab`. */
  password: string;
  lookupId: string;
  normalized: string;
}

/** A new application password: uniform letters (rejection sampling from random bytes). */
export function generateAppPassword(random: RandomSource): AppPasswordParts {
  let letters = "";
  while (letters.length < LENGTH) {
    for (const byte of random.bytes(LENGTH)) {
      // 26 * 9 = 234: bytes from 234 up would favour the first letters.
      if (byte < 234 && letters.length < LENGTH) letters += LETTERS[byte % 26];
    }
  }
  const password = letters.match(new RegExp(`.{${GROUP}}`, "g"))?.join("-") ?? letters;
  return { password, lookupId: letters.slice(0, LOOKUP_LENGTH), normalized: letters };
}

/** What a sync tool sent, if it has the shape of an application password (any case, dashes, spaces). */
export function parseAppPassword(input: string): { lookupId: string; normalized: string } | null {
  if (input.length > 64) return null;
  const letters = input.replace(/[\s-]/g, "").toLowerCase();
  if (!/^[a-z]+$/.test(letters) || letters.length !== LENGTH) return null;
  return { lookupId: letters.slice(0, LOOKUP_LENGTH), normalized: letters };
}

export function hashAppPassword(deps: Pick<Deps, "keys">, normalized: string): string {
  return keyedHash(deps.keys.appPasswords, normalized);
}

export function appPasswordMatches(
  deps: Pick<Deps, "keys">,
  normalized: string,
  stored: string,
): boolean {
  return constantTimeEqual(hashAppPassword(deps, normalized), stored);
}
