import { PASSWORD_HINT_TEXT, REASON_TEXT, RETRY_AT, RETRY_ON, type Locale } from "@twofold/i18n";
import type { ApiClient, FactorView, Problem, SecondFactorKind } from "@twofold/client";
import { currentLocale } from "./locale";
import { intlLocale, localized } from "./localized";
import { de } from "./locales/de";
import { fr } from "./locales/fr";
import { it } from "./locales/it";
import { ACCOUNT_TEXTS, type AppPasswordScope, type BrowserPolicy } from "./text-account";
import { SECURITY_TEXTS } from "./text-security";
import { SIGN_UP_TEXTS } from "./text-sign-up";

/** Every kind of method a person can have or use: each needs its name below. */
export type MethodKind = FactorView["kind"] | SecondFactorKind;

/** The countries whose mobile numbers receive codes by SMS, as the server names them. */
export type SMSCountry = NonNullable<
  Parameters<ApiClient["sms"]["addPhone"]["mutate"]>[0]["country"]
>;

export type { AppPasswordScope, BrowserPolicy } from "./text-account";

/** How a number is written in each of the four countries, in the order offered. */
const SMS_NUMBERS = {
  CH: { prefix: "+41", example: "079 123 45 67" },
  FR: { prefix: "+33", example: "06 12 34 56 78" },
  BE: { prefix: "+32", example: "0470 12 34 56" },
  DE: { prefix: "+49", example: "0151 23456789" },
} as const satisfies Record<SMSCountry, { prefix: string; example: string }>;

/** The four countries' names in each language (the web's words). */
const COUNTRY_NAMES: Record<Locale, Record<SMSCountry, string>> = {
  en: { CH: "Switzerland", FR: "France", BE: "Belgium", DE: "Germany" },
  fr: { CH: "Suisse", FR: "France", BE: "Belgique", DE: "Allemagne" },
  de: { CH: "Schweiz", FR: "Frankreich", BE: "Belgien", DE: "Deutschland" },
  it: { CH: "Svizzera", FR: "Francia", BE: "Belgio", DE: "Germania" },
};

type SMSCountries = Record<SMSCountry, { name: string; prefix: string; example: string }>;

function smsCountries(locale: Locale): SMSCountries {
  const names = COUNTRY_NAMES[locale];
  return {
    CH: { name: names.CH, ...SMS_NUMBERS.CH },
    FR: { name: names.FR, ...SMS_NUMBERS.FR },
    BE: { name: names.BE, ...SMS_NUMBERS.BE },
    DE: { name: names.DE, ...SMS_NUMBERS.DE },
  };
}

/** The four countries, in the order offered, named in the current language. */
export const SMS_COUNTRIES: SMSCountries = localized({
  en: smsCountries("en"),
  fr: smsCountries("fr"),
  de: smsCountries("de"),
  it: smsCountries("it"),
});

/** What the terminal app says, in English: the type every language's texts must have. */
const en = {
  title: "Twofold",
  connecting: (server: string) => `Connecting to ${server}…`,
  offline: (server: string) => `The server ${server} cannot be reached.`,
  offlineHint: "Check that it runs and that the address is right.",
  welcome: {
    title: "Welcome to Twofold",
    signIn: "Sign in",
    signUp: "Create an account",
    quit: "Quit",
  },
  signIn: {
    title: "Sign in",
    email: "Email",
    password: "Password",
    remember: "Stay signed in",
  },
  signUp: {
    title: "Create your account",
    name: "Name",
    email: "Email",
    password: "Password (at least 10 characters)",
  },
  secondFactor: {
    title: "Two-step verification",
    totp: "Code from your authenticator app",
    backup_code: "Backup code",
    sms: "Code from the text message",
    smsTo: (masked: string) => `Text message to ${masked}`,
    other: "Use another method",
    choose: "Choose a method",
    remaining: (n: number) => (n === 1 ? "1 backup code left." : `${n} backup codes left.`),
    /** The parts of the keys line, joined with " · ": all of them together fit 80 columns. */
    keys: {
      verify: "Enter verify",
      newCode: "Ctrl+R new code",
      other: "Tab another method",
      cantUse: "Tab can't use it?",
      cancel: "Esc cancel and sign out",
    },
  },
  methods: {
    totp: "Authenticator app",
    webauthn: "Security key",
    push: "Authenticator device",
    sms: "Text message",
    backup_code: "Backup code",
  } satisfies Record<MethodKind, string>,
  securityKey: {
    title: "Add a security key",
    text: (server: string) =>
      `A security key (YubiKey or any FIDO2 key) or a passkey is added in a web browser: open ${server}, then Manage my profile › Security and recovery › Two-step verification › Add a method › Security key. It then appears here, where you can rename or remove it.`,
    passkey: "passkey",
  },
  settings: {
    title: "Two-step verification",
    signedInAs: (name: string) => `Signed in as ${name}`,
    on: "ON: signing in needs your password and one of your methods.",
    off: "OFF: your password alone opens your account. Add a method to turn it on.",
    methods: "Your methods",
    none: "No method yet.",
    added: "added",
    lastUsed: "last used",
    never: "never",
    preferred: "preferred",
    addOTP: "Add an authenticator app",
    addKey: "Add a security key",
    addSMS: "Add a mobile phone for text messages (SMS)",
    // Each under 80 characters: one line each on the smallest terminal.
    smsWeak: "Text messages (SMS) are the weakest method: a SIM swap can steal your codes.",
    smsAddStronger: "Add an authenticator app, a security key or an authenticator device.",
    smsUseStronger: "Sign in with your other methods when you can: they are stronger.",
    backupCodes: (n: number) => `Backup codes (${n} left): generate new codes`,
    turnOff: "Turn off two-step verification",
    log: "Security log",
    appPasswords: "Application passwords",
    sessions: "Where you're signed in",
    browserPolicy: (policy: BrowserPolicy | null) =>
      policy === null
        ? "Browser sign-in"
        : `Browser sign-in: ${policy === "session_only" ? "authenticate at each launch" : "stay signed in"}`,
    changePassword: "Change password",
    signOut: "Sign out",
    quit: "Quit",
  },
  factor: {
    rename: "Rename",
    remove: "Remove",
    back: "Back",
    newName: "New name",
    removeConfirm: (name: string) => `Remove ${name}? You will no longer sign in with it.`,
    removeLast:
      "It is your last method: two-step verification turns off and your backup codes are deleted.",
    yes: "Yes, remove it",
    no: "No, keep it",
    renamed: (label: string) => `Renamed to ${label}.`,
  },
  addTOTP: {
    title: "Add an authenticator app",
    name: "Name of this method",
    defaultName: "Authenticator app",
    scan: "Scan this code with your authenticator app:",
    key: "Or type this key in the app:",
    code: "Code the app now shows",
    expires: (time: string) => `This setup expires at ${time}.`,
    tooSmall: (columns: number, rows: number) =>
      `Make the terminal at least ${columns}×${rows} to see the QR code, or type the key below.`,
  },
  sms: {
    title: "Add a mobile phone for text messages",
    weak: "SMS is the weakest method: an authenticator app or a security key is stronger.",
    country: "Country of the mobile number:",
    countryItem: (name: string, prefix: string) => `${name} (${prefix})`,
    number: "Mobile number",
    numberHint: (name: string, prefix: string, example: string) =>
      `A mobile number of ${name}, such as ${example} (or with ${prefix}).`,
    sending: "Sending a code by text message…",
    sentTo: (masked: string) => `Code sent to ${masked}.`,
    resentTo: (masked: string) =>
      `A new code was sent to ${masked}; the previous one no longer works.`,
    expires: (time: string) => `It expires at ${time}.`,
    code: "Code from the text message",
    added: (label: string) => `${label} was added.`,
  },
  backupCodes: {
    title: "Your backup codes",
    intro: "Each code signs you in once if you lose your phone. They are shown only this once.",
    stored: "I have stored these codes",
  },
  saveFile: {
    file: "File name",
    saved: (file: string) => `Saved to ${file} (readable by you only).`,
    exists: (file: string) => `${file} exists already: choose another name.`,
    failed: (file: string, code: string) => `Cannot write ${file} (${code}).`,
  },
  ...ACCOUNT_TEXTS.en,
  password: {
    title: "Confirm it is you",
    label: "Password",
    wrong: "This password is wrong.",
  },
  turnOff: {
    title: "Turn off two-step verification",
    text: "Your password alone will then open your account. All your methods and backup codes are deleted.",
    regenerate: "Your current backup codes stop working and 10 new ones are shown.",
  },
  ...SECURITY_TEXTS.en,
  ...SIGN_UP_TEXTS.en,
  more: (above: number, below: number) =>
    `  ${[above > 0 && `↑ ${above} more`, below > 0 && `↓ ${below} more`].filter(Boolean).join(" · ")}`,
  keys: {
    menu: "↑↓/j/k move · Enter choose · Esc back · q quit",
    top: "↑↓/j/k move · Enter choose · q quit",
    form: "Tab/↑↓ next field · Enter submit · Esc back · Ctrl+C quit",
    formFirst: "Tab/↑↓ next field · Enter submit · Ctrl+C quit",
    input: "Enter submit · Esc back · Ctrl+C quit",
    codes: "s save to file · Enter I have stored them · Ctrl+C quit",
    saveFile: "Enter save · Esc cancel",
    appPasswords: "↑↓/j/k move · Enter revoke · n new · a revoke all · Esc back · q quit",
    scopes: "↑↓/j/k move · Space choose · a all · Enter next · Esc back",
    shown: "s save to file · Enter done (it is then cleared) · Ctrl+C quit",
    sessions: "↑↓/j/k move · Enter end · o end all others · Tab trusted · Esc back · q quit",
    sessionsOnly: "↑↓/j/k move · Enter end · o end all others · Esc back · q quit",
    trusted: "↑↓/j/k move · Enter stop trusting · Tab sessions · Esc back · q quit",
    scroll: "↑↓/j/k scroll · Space/PgDn/PgUp page · Esc back · q quit",
    offline: "r retry · q quit",
    back: "Enter or Esc back · q quit",
    smsCode: "Enter confirm · Ctrl+R new code · Esc back · Ctrl+C quit",
  },
};

/** The type of every language's texts: the English ones' shape, any string in each place. */
export type Text = typeof en;

/** Every language's texts: a language missing a key, or with one more, is a type error. */
export const TEXTS: Readonly<Record<Locale, Text>> = { en, fr, de, it };

/** What the terminal app says, in the current language (see `localized`). */
export const TEXT: Text = localized(TEXTS);

/**
 * The sentence for a failed call, with when to retry: the time alone when that is today, with
 * the day when later (a recovery's wait). Reasons come from @twofold/i18n, as on the web.
 */
export function problemText(problem: Problem): string {
  const locale = currentLocale();
  const sentence = REASON_TEXT[locale][problem.reason] ?? REASON_TEXT[locale].INTERNAL_ERROR;
  // A password too easy to guess: the reason, then why (common, repeated, personal...).
  if (problem.hint) return `${sentence} ${PASSWORD_HINT_TEXT[locale][problem.hint]}`;
  const at = problem.retryAt;
  if (!at) return sentence;
  const today = new Date(at).toDateString() === new Date().toDateString();
  const retry = today
    ? RETRY_AT[locale](clockTime(at))
    : RETRY_ON[locale](`${day(at)}, ${clockTime(at)}`);
  return `${sentence} ${retry}`;
}

// Dates and times: in the system's time zone (TZ) and the current language's conventions.

/** "14:05": when a code or a wait ends. */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(intlLocale(), { hour: "2-digit", minute: "2-digit" });
}

/** "Mail, Calendars and contacts": what an application password opens, in words. */
export function scopesInWords(scopes: readonly AppPasswordScope[]): string {
  return scopes.map((s) => TEXT.appPasswords.scopes[s]).join(", ");
}

/** "13 Mar 2025", "13.03.2025": a day, when the time does not matter (created, expires). */
export function day(iso: string): string {
  return new Date(iso).toLocaleDateString(intlLocale(), { dateStyle: "medium" });
}

/** "13 Mar 2025, 14:05": a moment (signed in, last used, an event of the log). */
export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString(intlLocale(), { dateStyle: "medium", timeStyle: "short" });
}
