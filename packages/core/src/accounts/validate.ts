/** Email as the sign-in name: trimmed and lower-cased, so "Ann@X.ch" and "ann@x.ch" are one. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Deliberately simple: one @, something on each side, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email) && !/\p{Cc}/u.test(email);
}

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

/** NIST SP 800-63B: length matters, composition rules do not. */
export function isAcceptablePassword(password: string): boolean {
  const length = [...password].length;
  return length >= PASSWORD_MIN && length <= PASSWORD_MAX;
}
