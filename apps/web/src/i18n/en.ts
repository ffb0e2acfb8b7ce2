import { REASON_TEXT, RETRY_AT, RETRY_ON } from "@twofold/i18n";
import { recoveryEn } from "./recovery/en";
import { accountRecoveryEn } from "./account-recovery/en";
import { safetyEn } from "./safety/en";
import { checkupEn } from "./checkup/en";
import { resetEn } from "./reset/en";
import { verifyEmailEn } from "./verify-email/en";
import { interactionEn } from "./interaction/en";
import { securityEn } from "./security/en";
import { passwordsEn } from "./passwords/en";
import { stumblesEn } from "./stumbles/en";
import { logToolsEn } from "./log-tools/en";
import { syncEn } from "./sync/en";
import { stepUpEn } from "./step-up/en";
import { otpLinkEn } from "./otp-link/en";

/**
 * The English strings, and through `Messages` the shape every other language must fill: a
 * missing string is a type error, not a blank on the page.
 */
export const en = {
  app: {
    name: "Twofold",
    tagline: "Your account, protected twice",
    language: "Language",
    skipToContent: "Skip to content",
    loading: "Loading…",
    notFound: "This page does not exist.",
    backHome: "Back to your account",
    offline: "The server cannot be reached. Check your connection and try again.",
    retry: "Try again",
  },
  menu: {
    open: (name: string) => `Account menu for ${name}`,
    manageProfile: "Manage my profile",
    signOut: "Sign out",
  },
  signIn: {
    title: "Sign in",
    email: "Email address",
    password: "Password",
    remember: "Keep me signed in on this browser",
    rememberHint:
      "Leave unticked on a shared computer: you will sign in again at each browser launch.",
    submit: "Sign in",
    noAccount: "No account yet?",
    createAccount: "Create an account",
    passkey: "Sign in with a passkey",
    passkeyHint: "No email or password: your security key or this device confirms it is you.",
  },
  signUp: {
    title: "Create your account",
    name: "Your name",
    email: "Email address",
    password: "Password",
    passwordHint: "At least 10 characters. A long sentence you remember is best.",
    submit: "Create account",
    haveAccount: "Already have an account?",
    signIn: "Sign in",
  },
  secondFactor: {
    trust: "Don't ask again on this browser for 30 days",
    trustHint:
      "Only on a computer that you alone use. Changing your password or your methods ends it.",
    trustFailed:
      "This browser could not be remembered: the second step will be asked again next time.",
    title: "Two-step verification",
    intro: "To keep your account safe, confirm it is you.",
    totpLabel: "Code from your authenticator app",
    totpHint: "Open your authenticator app and type the 6-digit code it shows for Twofold.",
    backupLabel: "Backup code",
    backupHint:
      "Type one of the backup codes you stored when you turned on two-step verification. Each works once.",
    submit: "Verify",
    otherMethod: "Use another method",
    chooseMethod: "Choose a method",
    cancel: "Cancel and sign out",
    remainingAfter: (n: number) =>
      n === 1 ? "You have 1 backup code left." : `You have ${n} backup codes left.`,
    keyTitle: "Use your security key",
    keyText:
      "Press the button, then insert your security key and touch it when it blinks, or confirm with the passkey on this device.",
    keyButton: "Use security key",
    deviceCodeOffer: "Use the code your device shows instead",
    deviceCodeLabel: "Code shown on your device",
    deviceCodeHint:
      "When a request cannot reach your device, it shows a 6-digit code (in the terminal: press o).",
    pushTitle: "Check your device",
    pushNumberLabel: "Type this number on your device",
    pushStarting: "Sending a request to your device…",
    pushWaiting: "Waiting for your answer on the device.",
    pushPlace: (near: string) => `Your device shows where this sign-in comes from: ${near}.`,
    pushApproved: "Approved on your device. Signing you in…",
    pushCancelled: "This sign-in request was cancelled. Send a new one to continue.",
    pushExpires: (time: string) => `The request expires at ${time}.`,
    pushAgain: "Send a new request",
    smsTitle: "Get a code by text message",
    smsText: "We send a 6-digit code by text message to your mobile phone.",
    smsSend: "Send a code by SMS",
    smsSentTo: (to: string, time: string) => `Code sent to ${to}. It expires at ${time}.`,
    smsResentTo: (to: string, time: string) =>
      `A new code was sent to ${to}; the previous one no longer works. It expires at ${time}.`,
    smsLabel: "Code from the text message",
    smsHint: "Type the 6 digits of the text message from Twofold.",
    smsAgain: "Send a new code",
    smsOthers: "Send to another number",
  },
  methods: {
    totp: "Authenticator app",
    totpDescription: "Codes from an app such as Google Authenticator, Aegis or 1Password.",
    webauthn: "Security key",
    webauthnDescription: "A YubiKey or any FIDO2 key, or a passkey on this device.",
    backup_code: "Backup code",
    push: "Authenticator device",
    pushDescription: "A phone or a terminal that asks “Is this you?” and shows the sign-in.",
    sms: "Text message (SMS)",
    smsDescription: "A code sent to a mobile phone of Switzerland, France, Belgium or Germany.",
  },
  home: {
    greeting: (name: string) => `Welcome, ${name}`,
    intro: "Mail, calendar and drive, with one account.",
    manageProfile: "Manage my profile",
    twoStepOn: "Two-step verification protects this account.",
    twoStepOff: "Your account is protected by a password only. Add a second step.",
  },
  profile: {
    title: "Manage my profile",
    personal: "Personal information",
    name: "Name",
    email: "Email address",
    memberSince: "Member since",
    security: "Security and recovery",
    securityIntro: "How you sign in, and how you get back in if you lose your phone.",
    twoStep: "Two-step verification",
    on: "On",
    off: "Off",
  },
  twoStep: {
    title: "Two-step verification",
    back: "Manage my profile",
    statusOn: "Two-step verification is on",
    statusOnText: "Signing in needs your password and one of the methods below.",
    statusOff: "Two-step verification is off",
    statusOffText:
      "Anyone who learns your password can sign in. Add a method below: two-step verification turns on with the first one.",
    methods: "Your methods",
    noMethods: "No method yet.",
    added: "Added",
    platform: "Platform",
    lastSeen: "Last seen",
    phone: "Number",
    lastUsed: "Last used",
    never: "Never",
    passkey: "Passkey",
    rename: "Rename",
    renameLabel: (name: string) => `New name for ${name}`,
    save: "Save",
    cancel: "Cancel",
    remove: "Remove",
    removeTitle: (name: string) => `Remove ${name}?`,
    removeText: "You will no longer be able to sign in with it.",
    removed: (name: string) => `${name} was removed.`,
    renamed: "Name saved.",
    preferred: "Preferred method",
    preferredHint: "Offered first when you sign in.",
    preferredSaved: "Preferred method saved.",
    addMethod: "Add a method",
    backupCodes: "Backup codes",
    backupRemaining: (n: number) => (n === 1 ? "1 unused code left." : `${n} unused codes left.`),
    backupLow: "Few codes left: generate new ones and store them.",
    regenerate: "Generate new codes",
    regenerateText: "Your current backup codes stop working. Confirm it is you.",
    turnOff: "Turn off two-step verification",
    turnOffText:
      "Your password alone will then open your account. All your methods and backup codes are deleted; to turn it on again you add a method again.",
    turnedOff: "Two-step verification is off.",
  },
  addTOTP: {
    title: "Add an authenticator app",
    nameLabel: "Name of this method",
    nameHint: "So you can tell your apps apart, for example “Phone”.",
    defaultName: "Authenticator app",
    continue: "Continue",
    scan: "1. Scan this QR code with your authenticator app",
    qrAlt: "QR code to add Twofold to an authenticator app",
    manual: "Cannot scan? Type this key in the app instead:",
    copyKey: "Copy key",
    confirm: "2. Type the 6-digit code the app now shows",
    codeLabel: "Code from the app",
    submit: "Turn on",
    expires: (time: string) => `This setup expires at ${time}.`,
    added: (name: string) => `${name} was added.`,
    cancel: "Cancel",
  },
  addKey: {
    title: "Add a security key",
    intro:
      "A YubiKey or any FIDO2 key, or a passkey kept by this device or your password manager. Signing in then needs your password and a touch of the key.",
    nameLabel: "Name of this key",
    nameHint: "So you can tell your keys apart.",
    namePlaceholder: "YubiKey 5C, blue",
    passkey: "Use it as a passkey: sign in without a password",
    passkeyHint:
      "The key then also signs you in on its own, after its PIN or fingerprint. Needs a key or device that keeps passkeys.",
    submit: "Add security key",
    waiting: "Follow your browser: insert your key and touch it when it blinks.",
    added: (name: string) => `${name} was added.`,
    cancel: "Cancel",
    ipHost:
      "Security keys work only on the address with a name (localhost or the site's domain), not on an IP address.",
    ipOtherHost: "Open Twofold through its domain name to add a security key.",
    openLocalhost: "Open this page on localhost",
  },
  addDevice: {
    title: "Add an authenticator device",
    intro:
      "A phone or a terminal that asks “Is this you?” when someone signs in, shows where the sign-in comes from, and lets you approve or refuse it.",
    nameLabel: "Name of this device",
    nameHint: "So you can tell your devices apart.",
    defaultName: "My phone",
    continue: "Continue",
    phoneStep:
      "On a phone: scan this QR code with the phone's camera. It opens the Twofold authenticator in the phone's browser, which adds the phone in one tap.",
    typeCode: (address: string) => `Or open ${address} on the phone and type this code:`,
    terminalBefore: "On a computer's terminal: run",
    terminalAfter: "and type the same code.",
    needsHTTPS:
      "This page is open over plain HTTP, so a phone cannot be added from it: a phone's browser runs the authenticator (its service worker and its key) only on a secure HTTPS page. Put Twofold behind TLS first; Twofold's README says how, in “A phone needs HTTPS”. A terminal works without it.",
    codeLabel: "Enrollment code",
    copyCode: "Copy code",
    qrAlt: "QR code that opens the Twofold authenticator on a phone with this enrollment code",
    expires: (time: string) => `This code expires at ${time}.`,
    waiting: "Waiting for the device…",
    expired: "This code expired before a device used it.",
    startAgain: "Start again",
    added: (name: string) => `${name} was added.`,
    cancel: "Cancel",
  },
  addSMS: {
    title: "Add a mobile phone for text messages",
    intro: "When you sign in, Twofold can send a 6-digit code by SMS to this number.",
    countryLabel: "Country",
    phoneLabel: "Mobile number",
    phoneHint: (example: string) =>
      `For example ${example}. A number written with its country code works too.`,
    send: "Send a code",
    sentTo: (to: string) => `We sent a code to ${to}`,
    resent: "A new code was sent. The previous one no longer works.",
    codeLabel: "Code from the text message",
    expires: (time: string) => `The code expires at ${time}.`,
    submit: "Confirm",
    resend: "Send a new code",
    changeNumber: "Change the number",
    added: (name: string) => `${name} was added.`,
    cancel: "Cancel",
  },
  sms: {
    countries: { CH: "Switzerland", FR: "France", BE: "Belgium", DE: "Germany" },
    weakTitle: "Text messages are the weakest method",
    weakText:
      "A code sent by SMS can be intercepted, and someone can take over your number by having it moved to their own SIM card (a “SIM swap”). Prefer a stronger method:",
  },
  keyErrors: {
    cancelled: "The security key request was cancelled or timed out. Try again.",
    alreadyRegistered:
      "This security key is already registered for your account. Use another key, or rename the one you have.",
    wrongDomain:
      "Security keys cannot be used on this address. Open Twofold through localhost or its domain name, not an IP address.",
    unsupported: "This browser cannot use security keys. Try an up-to-date browser.",
    keyCannot: "This security key cannot do what was asked (a passkey needs a PIN or fingerprint).",
    failed: "The security key could not be used. Try again.",
  },
  backupCodes: {
    title: "Your backup codes",
    intro:
      "If you lose your phone, each of these codes signs you in once. Store them somewhere safe, such as a password manager or on paper. They are shown only this once.",
    copy: "Copy",
    copied: "Copied",
    download: "Download .txt",
    print: "Print",
    stored: "I have stored these codes",
    orTypeOne: "Or type one of them back to show you have it",
    typeOneWrong: "This is not one of the codes above.",
    done: "Done",
    fileHeader: (email: string, date: string) =>
      `Twofold backup codes for ${email}, made on ${date}.\nEach code works once.`,
    leaveWarning: "You have not confirmed you stored your backup codes.",
  },
  password: {
    title: "Confirm it is you",
    text: "Confirm it is you to continue.",
    label: "Password",
    submit: "Confirm",
    cancel: "Cancel",
    wrong: "This password is wrong.",
  },
  ...securityEn,
  ...stumblesEn,
  ...logToolsEn,
  ...passwordsEn,
  ...syncEn,
  ...stepUpEn,
  ...otpLinkEn,
  ...resetEn,
  ...safetyEn,
  ...checkupEn,
  ...recoveryEn,
  ...accountRecoveryEn,
  ...verifyEmailEn,
  ...interactionEn,
  reasons: REASON_TEXT.en,
  retryAt: RETRY_AT.en,
  retryOn: RETRY_ON.en,
  copyFailed: "Copying failed: select the text and copy it yourself.",
};

export type Messages = typeof en;
