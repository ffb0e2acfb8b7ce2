import { PASSWORD_HINT_TEXT } from "@twofold/i18n";
import type { PasswordsMessages } from "./en";

export const passwordsDe: PasswordsMessages = {
  passwords: {
    meter: "Stärke",
    levels: ["Sehr schwach", "Schwach", "Mittel", "Stark", "Sehr stark"],
    accepted: "Stark genug.",
    hints: PASSWORD_HINT_TEXT.de,
  },
};
