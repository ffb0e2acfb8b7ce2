/**
 * What a person is told about a password that is too easy to guess, the same from the server's
 * refusal (`PASSWORD_TOO_WEAK`'s `hint`) and from the web's meter. This entry point is light: the
 * estimator and its dictionaries are in `@twofold/password-strength/estimate`, which callers load
 * with a dynamic `import()` when a password is first checked.
 */
export const PASSWORD_HINTS = [
  /** On the lists of common and breached passwords, or close to one. */
  "common",
  /** Repeated characters or patterns: `aaaaaaaaaa`, `abcabcabc`. */
  "repeated",
  /** Sequences: `1234567890`, `abcdefghij`. */
  "sequence",
  /** Rows or patterns of keys: `qwertyuiop`, `zxcvbn`. */
  "keyboard",
  /** Dates and recent years. */
  "date",
  /** A single word or name, easy to find in a dictionary. */
  "words",
  /** The person's own email address, name, or the service's name. */
  "personal",
  /** None of the above stands out, but it is still too short to hold against guessing. */
  "guessable",
] as const;

export type PasswordHint = (typeof PASSWORD_HINTS)[number];

/** zxcvbn's scores: 0 (guessed at once) to 4 (very unguessable). */
export type PasswordScore = 0 | 1 | 2 | 3 | 4;

/** The lowest score accepted: about 10^8 guesses, zxcvbn's "safely unguessable" for online attacks. */
export const MIN_PASSWORD_SCORE = 3;

/** What the person entered about themselves, which a password must not lean on. */
export interface PersonalInputs {
  email?: string | undefined;
  displayName?: string | undefined;
}

export interface PasswordStrength {
  score: PasswordScore;
  /** Whether the server accepts it (a score of at least MIN_PASSWORD_SCORE, nothing personal). */
  acceptable: boolean;
  /** Why it is weak; null when nothing stands out (an acceptable password has none). */
  hint: PasswordHint | null;
}

export function isPasswordHint(value: unknown): value is PasswordHint {
  return typeof value === "string" && (PASSWORD_HINTS as readonly string[]).includes(value);
}
