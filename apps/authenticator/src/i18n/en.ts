// English: the reference table (the other languages must have every key, see i18n.test.ts).
export const en = {
  appName: "Twofold Authenticator",
  loading: "Loading…",
  accounts: {
    title: "Your accounts",
    empty: "No account on this phone yet.",
    add: "Add an account",
    remove: "Remove from this phone",
    removeConfirm: (account: string) =>
      `Remove ${account} from this phone? Sign-in requests will no longer come here.`,
    removeYes: "Remove",
    cancel: "Cancel",
    removed: (account: string) => `${account} was removed from this phone.`,
    offline: "Show an offline code",
    waiting: "Waiting for sign-in requests.",
  },
  enroll: {
    title: "Add this phone",
    intro: "This phone will approve your sign-ins. Its key is made here and never leaves it.",
    code: "Enrollment code",
    codeHint: "Shown under the QR code in your security settings.",
    name: "Name of this phone",
    submit: "Add this phone",
    scan: "Scan the QR code",
    adding: "Adding…",
    done: (account: string) => `This phone now approves sign-ins to ${account}.`,
  },
  scanner: {
    title: "Scan the QR code",
    help: "Point the camera at the QR code in your security settings.",
    close: "Close the camera",
    denied: "The camera is not available. Type the code instead.",
    notTwofold: "This QR code is not a Twofold enrollment code.",
  },
  request: {
    title: "Is this you?",
    intro: "Someone is signing in to your account.",
    account: "Account",
    browser: "Browser",
    ip: "IP address",
    place: "Place",
    near: (place: string) => `near ${place}`,
    time: "Time",
    unknown: "Unknown",
    on: (browser: string, os: string) => `${browser} on ${os}`,
    expiresIn: (seconds: number) => `Expires in ${seconds} s`,
    yes: "Yes",
    no: "No",
    report: "No, and report it",
    number: "Number shown on the sign-in page",
    confirm: "Approve",
    back: "Back",
    retrying: "No connection to the server. Trying again to send your answer…",
    sending: "Sending…",
    approved: "Approved. The sign-in goes on.",
    denied: "Refused. Nobody was signed in.",
    reported: "Refused and reported. We secured your account.",
    cancelled: "This sign-in was cancelled.",
    answeredElsewhere: "Another device answered this sign-in.",
    expired: "This sign-in request expired.",
    wrongNumber:
      "The number did not match the sign-in page, so the sign-in was refused. If it was you, sign in again.",
    more: (count: number) => `${count} more request(s) waiting.`,
  },
  notification: {
    title: (what: string) => `Sign-in request: ${what}`,
    body: (account: string) => `${account}. Open to answer.`,
    aBrowser: "a browser",
  },
  offline: {
    title: "Offline code",
    help: "Type this code on the sign-in page when no request reaches this phone.",
    valid: (seconds: number) => `Valid for ${seconds} more seconds`,
    close: "Done",
  },
  notifications: {
    ask: "Allow notifications",
    explain:
      "With notifications on, sign-in requests reach this phone even when the app is closed.",
    without:
      "Without notifications, requests only arrive while this app is open: you would have to open it each time you sign in.",
    denied:
      "Notifications are blocked for this app. Requests arrive only while it is open; allow notifications in the browser's site settings to get them at any time.",
    noPush:
      "This server does not send push notifications: requests arrive only while this app is open.",
    unsupported:
      "This browser cannot receive push notifications: requests arrive only while this app is open. On iPhone, add the app to the home screen first.",
    failed:
      "Notifications could not be turned on in this browser: requests arrive only while this app is open.",
    on: "Notifications are on.",
  },
  connection: {
    live: "Connected: requests arrive at once.",
    polling: "Checking for requests every few seconds.",
  },
  install: {
    offer: "Install the app",
    why: "Installed, it opens from the home screen like any app, and starts even without a connection.",
    ios: "To install it: tap Share, then Add to Home Screen. On iPhone, notifications work only for the installed app.",
  },
  recovery: {
    pending: (when: string) =>
      `Someone started to recover this account. It ends ${when}: if it wasn't you, cancel it now.`,
    cancel: "Cancel this recovery",
    cancelled: "The recovery was cancelled.",
  },
  reasons: {
    INVALID_CODE: "This enrollment code is not valid. Ask for a new one in your security settings.",
    CODE_ALREADY_USED: "This enrollment code was already used. Ask for a new one.",
    CHALLENGE_EXPIRED: "This enrollment code expired. Ask for a new one.",
    RATE_LIMITED: "Too many attempts. Wait a minute and try again.",
    NETWORK: "No connection to the server. Check your connection and try again.",
    DEVICE_NOT_FOUND: "This phone is no longer enrolled for this account.",
    INSECURE: "The authenticator needs a secure (https) address.",
    OTHER: "Something went wrong. Try again.",
  },
};

/** The shape every language's table has (functions take the same arguments). */
export type Texts = typeof en;
