import { PASSWORD_HINT_TEXT } from "@twofold/i18n";

/**
 * The English strings of the password strength meter (issue 26). Why a password is weak comes
 * from @twofold/i18n, the same sentences as the server's PASSWORD_TOO_WEAK in every front end.
 */
export const passwordsEn = {
  passwords: {
    /** Not "Password strength": the field is found by its label "Password". */
    meter: "Strength",
    /** zxcvbn's scores 0 to 4; the server accepts 3 and 4. */
    levels: ["Very weak", "Weak", "Fair", "Strong", "Very strong"] as readonly string[],
    accepted: "Strong enough.",
    hints: PASSWORD_HINT_TEXT.en,
  },
};

export type PasswordsMessages = typeof passwordsEn;
