import type { Outputs } from "@twofold/client";
import type { Locale } from "@twofold/i18n";
import { localized } from "./localized";
import { accountDe } from "./locales/account-de";
import { accountFr } from "./locales/account-fr";
import { accountIt } from "./locales/account-it";

/** What an application password may open, as the server names it. */
export type AppPasswordScope = Outputs["appPasswords"]["list"][number]["scopes"][number];

/** "Authenticate at each browser launch" (session_only) or stay signed in (remember). */
export type BrowserPolicy = Outputs["account"]["browserPolicy"]["policy"];

/** The account's access: application passwords, sessions, browser sign-in, the password. */
const en = {
  appPasswords: {
    title: "Application passwords",
    // Each under 80 characters: one line each on the smallest terminal.
    why: [
      "Mail, calendar and file apps cannot ask for your second step: give each one its",
      "own application password. It opens only what you chose, never the web or this",
      "terminal, and you can revoke it alone.",
    ],
    none: "No application password yet.",
    scopes: {
      mail: "Mail",
      calendar: "Calendars and contacts",
      files: "Files",
    } satisfies Record<AppPasswordScope, string>,
    protocols: {
      mail: "IMAP, POP3 and SMTP",
      calendar: "CalDAV and CardDAV",
      files: "WebDAV",
    } satisfies Record<AppPasswordScope, string>,
    created: (date: string) => `created ${date}`,
    expires: (date: string | null) => (date ? `expires ${date}` : "no expiry"),
    expired: (date: string) => `expired ${date}`,
    neverUsed: "never used",
    lastUsed: (when: string, ip: string | null, client: string | null) =>
      `last used ${when}${ip ? ` from ${ip}` : ""}${client ? ` with ${client}` : ""}`,
    revokeConfirm: (name: string) => `Revoke ${name}? The apps using it can no longer sign in.`,
    revokeAllConfirm: (n: number) =>
      `Revoke ${n === 1 ? "your application password" : `all ${n} application passwords`}? Each app then needs a new one.`,
    yes: "Yes, revoke",
    no: "No, keep",
    revoked: (name: string) => `${name} was revoked.`,
    revokedAll: (n: number) =>
      n === 1 ? "1 application password was revoked." : `${n} application passwords were revoked.`,
  },
  newAppPassword: {
    title: "New application password",
    name: "Name",
    nameHint: "What it is for, such as “Thunderbird on my laptop” (up to 64 characters).",
    nameMissing: "Give it a name of 1 to 64 characters.",
    scopes: "What may it open? Space chooses, a chooses all:",
    scopesMissing: "Choose at least one.",
    expiry: "When does it stop working?",
    expiries: {
      never: "Never (until you revoke it)",
      d30: "In 30 days",
      d90: "In 90 days",
      y1: "In 1 year",
    },
    until: (date: string) => `until ${date}`,
    shownTitle: "Your new application password",
    howTo: "How to use it: in the mail or calendar app, sign in with",
    userName: (email: string) => `  User name: ${email}`,
    password: "  Password:  this application password, instead of your own password",
    dashes: "Type it with or without the dashes.",
    once: "It will not be shown again: copy it into the app now, or save it to a file.",
    added: (name: string) => `${name} was added.`,
    fileText: (name: string, email: string, password: string, made: string) =>
      `Twofold application password "${name}", made on ${made}.\nUser name: ${email}\nPassword: ${password}\n`,
  },
  sessions: {
    title: "Where you're signed in",
    intro: "Each sign-in, in a browser or a terminal. End any you do not recognise.",
    on: (browser: string | null, os: string | null) =>
      browser && os
        ? `${browser} on ${os}`
        : (browser ?? (os ? `A browser on ${os}` : "Unknown app or browser")),
    /** "129.132.1.1 (near Zurich, CH)": an address and, when known, where it is. */
    address: (ip: string, place: string | null) =>
      place ? `${ip || "unknown address"} (near ${place})` : ip,
    here: "this terminal",
    times: (created: string, seen: string) => `signed in ${created} · last seen ${seen}`,
    /** The apps a session signed in to through Twofold (single sign-on). */
    apps: (names: string[]) => `apps: ${names.join(", ")}`,
    endConfirm: (what: string) => `End the session of ${what}? It will have to sign in again.`,
    endThisConfirm: "End this session? You will be signed out here.",
    endOthersConfirm: "End every other session? Only this terminal stays signed in.",
    yesEnd: "Yes, end it",
    yesEndAll: "Yes, end them",
    no: "No, keep it",
    ended: "The session was ended.",
    endedOthers: (n: number) =>
      n === 0
        ? "There was no other session to end."
        : n === 1
          ? "1 other session was ended."
          : `${n} other sessions were ended.`,
    trusted: "Trusted browsers (they skip the second step until the date shown):",
    noTrusted: "No trusted browser.",
    trustedTimes: (created: string, used: string, until: string) =>
      `trusted ${created} · last used ${used} · until ${until}`,
    revokeConfirm: (what: string) =>
      `Stop trusting ${what}? Its next sign-in asks for the second step.`,
    yesRevoke: "Yes, stop trusting it",
    revoked: (what: string) => `${what} is no longer trusted.`,
  },
  browserPolicy: {
    title: "Browser sign-in",
    intro: "How long a sign-in lasts in a web browser:",
    session_only: "Authenticate at each browser launch",
    session_onlyNote:
      "It ends when the browser closes, after 30 minutes idle, or 12 hours at most.",
    remember: "Stay signed in",
    rememberNote: "For 30 days of use, unless you sign out.",
    current: " (now)",
    terminal: "Terminal sign-ins follow it too: 30 minutes idle, 12 hours at most, or 30 days.",
    saved: (label: string) => `${label}: it applies from your next sign-in.`,
  },
  changePassword: {
    title: "Change your password",
    intro: [
      "Every application password is revoked, trusted browsers are forgotten, and you",
      "are signed out everywhere else. This terminal stays signed in.",
    ],
    password: "New password (at least 10 characters)",
    again: "New password again",
    differ: "The two passwords differ. Type them again.",
    done: (apps: number, sessions: number) =>
      `Password changed: ${apps === 1 ? "1 application password" : `${apps} application passwords`} revoked, ${sessions === 1 ? "1 other session" : `${sessions} other sessions`} ended.`,
  },
};

/** The shape every language's account texts must have (the English ones', any strings). */
export type AccountText = typeof en;

export const ACCOUNT_TEXTS: Readonly<Record<Locale, AccountText>> = {
  en,
  fr: accountFr,
  de: accountDe,
  it: accountIt,
};

/** The account texts of the current language. */
export const ACCOUNT_TEXT: AccountText = localized(ACCOUNT_TEXTS);
