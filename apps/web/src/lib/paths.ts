/** The app's pages. One list, so a link to a page that does not exist is a type error. */
export const PATHS = {
  home: "/",
  signIn: "/signin",
  signUp: "/signup",
  verify: "/signin/verify",
  profile: "/profile",
  twoStep: "/profile/two-step",
  addTOTP: "/profile/two-step/add/otp-app",
  addSecurityKey: "/profile/two-step/add/security-key",
  addDevice: "/profile/two-step/add/device",
  addSMS: "/profile/two-step/add/sms",
  appPasswords: "/profile/app-passwords",
  newAppPassword: "/profile/app-passwords/new",
  sessions: "/profile/sessions",
  browserLaunch: "/profile/browser-launch",
  changePassword: "/profile/password",
  securityLog: "/profile/security-log",
  recoveryContacts: "/profile/recovery-contacts",
  checkup: "/profile/checkup",
  /** "This wasn't me", from the link of a notification email: works signed in or out. */
  notMe: "/not-me",
  /** "Forgot password": asks the address the link goes to. */
  forgotPassword: "/forgot-password",
  /** The emailed reset link's page (`#token=...`): works signed in or out. */
  resetPassword: "/reset-password",
  /** "I can't use any of my methods": an account recovery (and the recovery link's page). */
  recover: "/recover",
  /** The link of the sign-up mail (`#email=…&code=…`): works signed in or out. */
  verifyEmail: "/verify-email",
} as const;
export type AppPath = (typeof PATHS)[keyof typeof PATHS];
