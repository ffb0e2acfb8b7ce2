import type { TwoFactorStatus } from "@twofold/client";
import { ACCOUNT_TEXT } from "./text-account";

/** A method that 100 wrong tries in a row turned off, as the server names it. */
export type DisabledMethod = TwoFactorStatus["disabledMethods"][number];

/** The security log, methods turned off by guessing, and a password change someone asked for. */
export const SECURITY_TEXT = {
  log: {
    title: "Security log",
    empty: "Nothing recorded yet.",
    more: "more below",
    loading: "Loading older events…",
    end: "The beginning of the log.",
    /** "Firefox on Linux · 129.132.1.1 (near Zurich, CH)": where an event came from. */
    from: (browser: string | null, os: string | null, ip: string, place: string | null) =>
      [ACCOUNT_TEXT.sessions.on(browser, os), ACCOUNT_TEXT.sessions.address(ip, place)]
        .filter(Boolean)
        .join(" · "),
  },
  disabled: {
    // Each under 80 characters: one line each on the smallest terminal.
    names: {
      totp: "Authenticator app",
      webauthn: "Security keys",
      push: "Authenticator devices",
      sms: "Text messages",
      backup_code: "Backup codes",
    } satisfies Record<DisabledMethod, string>,
    off: (names: string) => `Turned off after too many wrong tries in a row: ${names}.`,
    hint: "Someone may be guessing: check the security log, then turn it back on.",
    turnOn: (name: string) => `Turn back on: ${name}`,
    detail: "turned off after too many wrong tries",
    done: (name: string) => `${name}: turned back on.`,
  },
  passwordRequired: [
    "A sign-in you did not make was reported (on your device, or with",
    "“This wasn't me” from one of our emails): someone may know your password.",
    "Choose a new password before anything else.",
  ],
} as const;
