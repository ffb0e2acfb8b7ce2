import { REASON_TEXT, RETRY_AT } from "@twofold/i18n";
import type { ApiClient, FactorView, Problem, SecondFactorKind } from "@twofold/client";

/** Every kind of method a person can have or use: each needs its name below. */
type MethodKind = FactorView["kind"] | SecondFactorKind;

/** The countries whose mobile numbers receive codes by SMS, as the server names them. */
export type SMSCountry = NonNullable<
  Parameters<ApiClient["sms"]["addPhone"]["mutate"]>[0]["country"]
>;

/** The four countries, in the order offered, with how a number is written there. */
export const SMS_COUNTRIES = {
  CH: { name: "Switzerland", prefix: "+41", example: "079 123 45 67" },
  FR: { name: "France", prefix: "+33", example: "06 12 34 56 78" },
  BE: { name: "Belgium", prefix: "+32", example: "0470 12 34 56" },
  DE: { name: "Germany", prefix: "+49", example: "0151 23456789" },
} as const satisfies Record<SMSCountry, { name: string; prefix: string; example: string }>;

/** What the terminal app says. Reasons come from @twofold/i18n, as on the web. */
export const TEXT = {
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
    save: "Save them to a file",
    saved: (file: string) => `Saved to ${file} (readable by you only).`,
    stored: "I have stored these codes",
    file: "File name",
  },
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
  log: { title: "Security log", empty: "Nothing recorded yet.", more: "more below" },
  keys: {
    menu: "↑↓/j/k move · Enter choose · Esc back · q quit",
    top: "↑↓/j/k move · Enter choose · q quit",
    form: "Tab/↑↓ next field · Enter submit · Esc back · Ctrl+C quit",
    input: "Enter submit · Esc back · Ctrl+C quit",
    codes: "s save to file · Enter I have stored them · Ctrl+C quit",
    scroll: "↑↓/j/k scroll · Esc back · q quit",
    offline: "r retry · q quit",
    smsCode: "Enter confirm · Ctrl+R new code · Esc back · Ctrl+C quit",
  },
} as const;

/** The sentence for a failed call, with when to retry for RATE_LIMITED. */
export function problemText(problem: Problem): string {
  const sentence = REASON_TEXT.en[problem.reason] ?? REASON_TEXT.en.INTERNAL_ERROR;
  if (!problem.retryAt) return sentence;
  return `${sentence} ${RETRY_AT.en(clockTime(problem.retryAt))}`;
}

/** "14:05": when a code or a wait ends. */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
}

export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}
