import { PASSWORD_HINT_TEXT } from "@twofold/i18n";
import type { PasswordsMessages } from "./en";

export const passwordsIt: PasswordsMessages = {
  passwords: {
    meter: "Robustezza",
    levels: ["Molto debole", "Debole", "Discreta", "Robusta", "Molto robusta"],
    accepted: "Abbastanza robusta.",
    hints: PASSWORD_HINT_TEXT.it,
  },
};
