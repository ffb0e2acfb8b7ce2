/**
 * The English strings of the account's security pages (application passwords, where you are
 * signed in, browser launch, password). `en.ts` spreads them in; `SecurityMessages` is the shape
 * the other languages fill.
 */
export const securityEn = {
  appPasswords: {
    title: "Application passwords",
    rowHint: "For mail, calendar and file apps that cannot ask for a second step.",
    why: "Mail, calendar and file apps (Thunderbird, Apple Mail, the calendar of a phone, a WebDAV drive) sign in with a password alone: they cannot ask you for a code or a security key. Once two-step verification is on, your account password no longer works in them: give each app its own application password instead.",
    web: "An application password never signs in to this website, opens only what you choose for it, and can be revoked on its own.",
    twoStepOff:
      "Two-step verification is off: your account password still works in these apps for now.",
    yours: "Your application passwords",
    none: "No application password yet.",
    create: "Create an application password",
    opens: "Opens",
    created: "Created",
    expires: "Expires",
    expired: "Expired",
    noExpiry: "Never",
    lastUsed: "Last used",
    neverUsed: "Never used",
    ip: "IP address",
    client: "App",
    revoke: "Revoke",
    revokeTitle: (name: string) => `Revoke ${name}?`,
    revokeText: "Apps using it stop syncing at once and will ask for a password again.",
    revoked: (name: string) => `${name} was revoked.`,
    revokeAll: "Revoke all",
    revokeAllTitle: "Revoke all application passwords?",
    revokeAllText:
      "Every app signed in with one of them stops syncing at once and will ask for a password again.",
    revokedAll: (n: number) =>
      n === 1 ? "1 application password was revoked." : `${n} application passwords were revoked.`,
    cancel: "Cancel",
    nameLabel: "Name",
    nameHint: "Where you will use it, so that you recognise it later.",
    namePlaceholder: "Thunderbird on the laptop",
    scopesLegend: "What it may open",
    all: "All of them",
    scopes: { mail: "Mail", calendar: "Calendars and contacts", files: "Files" },
    scopeHints: {
      mail: "IMAP, POP3 and SMTP: mail apps such as Thunderbird or Apple Mail.",
      calendar: "CalDAV and CardDAV: calendar and address book apps.",
      files: "WebDAV: file managers and drive apps.",
    },
    expiryLabel: "Expires",
    expiryChoices: {
      none: "Never",
      "30d": "In 30 days",
      "90d": "In 90 days",
      "1y": "In 1 year",
      date: "On a date…",
    },
    dateLabel: "Expiry date",
    dateHint: "It works until the end of that day.",
    noName: "Give it a name.",
    noScope: "Choose at least one thing it may open.",
    noDate: "Choose the expiry date.",
    pastDate: "Choose a date in the future.",
    submit: "Create",
    shownTitle: (name: string) => `Application password for ${name}`,
    shownIntro: "Copy it now: it is shown only this once.",
    copy: "Copy password",
    howTitle: "How to use it",
    howUser: (email: string) => `User name: your email address, ${email}.`,
    howPassword:
      "Password: this application password, instead of your account password, in the mail, calendar or file app. With or without the dashes.",
    howOnce: "It will not be shown again. If you lose it, revoke it and create a new one.",
    done: "Done",
    createdNotice: (name: string) => `${name} was created.`,
  },
  /** The place of an address, from the IP-location database ("Zurich, CH"). */
  place: {
    near: (p: string) => `near ${p}`,
    /** Followed by the link "DB-IP" (its licence, CC BY 4.0, asks for it where places show). */
    attribution: "IP geolocation by",
  },
  sessions: {
    title: "Where you're signed in",
    rowHint: "The browsers and devices signed in to your account, and the trusted browsers.",
    intro:
      "Every browser and device signed in to your account. Sign out any you do not recognise, then change your password.",
    count: (n: number) => (n === 1 ? "Signed in in 1 place." : `Signed in in ${n} places.`),
    device: (browser: string, os: string | null) => (os ? `${browser} on ${os}` : browser),
    unknownBrowser: "Unknown browser",
    thisBrowser: "This browser",
    ip: "IP address",
    started: "Signed in",
    lastSeen: "Last active",
    lasts: "Stays signed in",
    persistent: "For 30 days of use",
    untilClosed: "Until the browser closes",
    apps: "Apps signed in",
    signOut: "Sign out",
    signedOut: (device: string) => `${device} was signed out.`,
    signOutOthers: "Sign out all other sessions",
    signedOutOthers: (n: number) =>
      n === 1 ? "1 other session was signed out." : `${n} other sessions were signed out.`,
    trustedTitle: "Trusted browsers",
    trustedIntro:
      "These browsers skip the second step for 30 days, because you ticked “Don't ask again on this browser for 30 days” there. All are forgotten when you change your password or your two-step methods.",
    noTrusted: "No trusted browser.",
    trustedSince: "Trusted since",
    lastUsed: "Last used",
    trustedUntil: "Until",
    forget: "Stop trusting",
    forgotten: (device: string) => `${device} will ask for the second step again.`,
  },
  browserLaunch: {
    title: "Authenticate at each browser launch",
    intro: "How long a browser stays signed in to your account after you sign in.",
    legend: "When you sign in on a browser",
    remember: "Stay signed in",
    rememberHint:
      "When you tick “Keep me signed in on this browser” at sign-in, the browser stays signed in for 30 days of use.",
    sessionOnly: "Authenticate at each browser launch",
    sessionOnlyHint:
      "Closing the browser signs you out, and so do 30 minutes without activity; after 12 hours you sign in again in any case. Best on a computer others use too.",
    appliesNext:
      "A change applies from your next sign-in: the browsers signed in now stay as they are.",
    save: "Save",
    saved: "Saved. It applies from your next sign-in.",
  },
  changePassword: {
    title: "Change password",
    rowHint: "Also revokes your application passwords and signs out your other sessions.",
    intro:
      "Changing your password also revokes all your application passwords, signs out every other browser and device, and forgets the trusted browsers. This browser stays signed in.",
    newLabel: "New password",
    newHint: "At least 10 characters. A long sentence you remember is best.",
    repeatLabel: "New password again",
    mismatch: "The two passwords are not the same.",
    submit: "Change password",
    confirmText: "Type your current password to change it.",
    changed: "Your password was changed.",
    appPasswordsRevoked: (n: number) =>
      n === 0
        ? "You had no application password to revoke."
        : n === 1
          ? "1 application password was revoked: create a new one for the app that used it."
          : `${n} application passwords were revoked: create new ones for the apps that used them.`,
    sessionsEnded: (n: number) =>
      n === 0
        ? "No other session was signed in."
        : n === 1
          ? "1 other session was signed out."
          : `${n} other sessions were signed out.`,
  },
};

export type SecurityMessages = typeof securityEn;
