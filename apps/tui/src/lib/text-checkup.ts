import type { Outputs } from "@twofold/client";
import type { Locale } from "@twofold/i18n";
import { localized } from "./localized";
import { checkupDe } from "./locales/checkup-de";
import { checkupFr } from "./locales/checkup-fr";
import { checkupIt } from "./locales/checkup-it";

/** One recommendation of the check-up, as the server lists it (a kind and its facts). */
export type CheckupFinding = Outputs["checkup"]["status"]["findings"][number];

/**
 * The security check-up and the 30-day "Do your methods still work?" question: each finding
 * says what it is and, on its second line, what to do in these settings (no buttons here).
 */
const en = {
  menuItem: "Security check-up",
  title: "Security check-up",
  protections: "What protects your account now",
  twoStep: (on: boolean, since: string | null) =>
    on
      ? `Two-step verification: on${since ? ` since ${since}` : ""}`
      : "Two-step verification: off",
  methods: (list: string) => `Methods: ${list || "none"}`,
  backupCodes: (n: number) => `Backup codes left: ${n}`,
  recovery: (address: boolean, phone: boolean) =>
    `Recovery address: ${address ? "set" : "not set"} · recovery mobile: ${phone ? "set" : "not set"}`,
  todo: "What to do",
  nothing: "Nothing to do: your account is well protected.",
  finding: {
    two_step_off: "Anyone who learns your password can sign in.",
    two_step_offTodo: "Settings: add a method; two-step turns on with the first.",
    only_one_method: "You have one method: lose it and getting back in takes days.",
    only_one_methodTodo: "Settings: add another method.",
    only_sms: "Text messages can be intercepted or taken with a new SIM card.",
    only_smsTodo: "Settings: add an authenticator app, a security key or a device.",
    few_backup_codes: (n: number) =>
      n === 1 ? "Only 1 backup code is left." : `Only ${n} backup codes are left.`,
    few_backup_codesTodo: "Settings: make new backup codes, and keep them safe.",
    no_recovery_address: "No recovery address: Twofold cannot reach you at another mailbox.",
    no_recovery_addressTodo: "Settings: Recovery address and phone.",
    unused_method: (name: string, date: string, used: boolean) =>
      used ? `${name}: not used since ${date}.` : `${name}: added ${date}, never used.`,
    unused_methodTodo: "Check you still have it, or remove it in settings.",
    unusual_session: (device: string, place: string) =>
      `Signed in from a country you rarely use: ${device}, near ${place}.`,
    unusual_sessionTodo: "Not you? End it in Sessions, and change your password.",
    unusual_trusted_browser: (device: string, place: string) =>
      `Trusted from a country you rarely use: ${device}, near ${place}.`,
    unusual_trusted_browserTodo: "Not you? Stop trusting it in Sessions.",
  },
  methodsCheck: {
    question: "Do your methods still work? Two-step has been on for a month.",
    yes: "Yes, they work",
    review: "Review my methods (security check-up)",
    dismiss: "Don't ask again",
    thanks: "Thank you. We won't ask again.",
    dismissed: "We won't ask again.",
  },
  keys: "Esc back · q quit",
};

export type CheckupText = typeof en;

export const CHECKUP_TEXTS: Readonly<Record<Locale, CheckupText>> = {
  en,
  fr: checkupFr,
  de: checkupDe,
  it: checkupIt,
};

/** The check-up's texts in the current language. */
export const CHECKUP_TEXT: CheckupText = localized(CHECKUP_TEXTS);
