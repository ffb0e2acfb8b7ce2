import { PASSWORD_HINT_TEXT } from "@twofold/i18n";
import type { PasswordsMessages } from "./en";

export const passwordsFr: PasswordsMessages = {
  passwords: {
    meter: "Robustesse",
    levels: ["Très faible", "Faible", "Moyen", "Robuste", "Très robuste"],
    accepted: "Assez robuste.",
    hints: PASSWORD_HINT_TEXT.fr,
  },
};
