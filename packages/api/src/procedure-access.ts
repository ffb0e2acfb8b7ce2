/**
 * Which procedures need no full sign-in: the one list the security tests of this package and
 * of the server read (every other procedure must refuse a half-signed-in session).
 */

/**
 * What a session waiting for its second factor may call: finishing the sign-in, or leaving. A
 * password reset's session (two-step on) passes its factor through the same procedures, and
 * then may only call `recovery.completePasswordReset` (PUBLIC_PROCEDURES) and these.
 */
export const OPEN_TO_PENDING_PROCEDURES: ReadonlySet<string> = new Set([
  "auth.verifyTOTP",
  "auth.verifyBackupCode",
  "auth.beginWebAuthn",
  "auth.finishWebAuthn",
  "auth.startPush",
  "auth.pushResult",
  "auth.finishPush",
  "auth.cancelPush",
  "auth.verifyDeviceCode",
  "auth.sendSMSCode",
  "auth.verifySMSCode",
  "auth.me",
  "auth.signOut",
]);

/**
 * What a signed-in session may call while its account must choose a new password ("This wasn't
 * me" was used): reading who it is, changing the password (with the step-up it may ask for),
 * the language and time zone, or leaving. Everything else answers PASSWORD_CHANGE_REQUIRED, whatever the
 * client; trusting the browser too (the change would forget it, and a change never made must
 * not leave a browser that skips the second step).
 */
export const OPEN_TO_PASSWORD_CHANGE_PROCEDURES: ReadonlySet<string> = new Set([
  "auth.me",
  "auth.signOut",
  "account.stepUpMethods",
  "account.reauthenticate",
  "account.beginStepUpWebAuthn",
  "account.finishStepUpWebAuthn",
  "account.startStepUpPush",
  "account.stepUpPushResult",
  "account.cancelStepUpPush",
  "account.finishStepUpPush",
  "account.changePassword",
  "account.setLocale",
  "account.setTimeZone",
  // A pending account recovery is seen and cancelled from any session, before anything else.
  "recovery.status",
  "recovery.cancel",
]);

/** No session needed at all. */
export const PUBLIC_PROCEDURES: ReadonlySet<string> = new Set([
  "auth.signUp",
  "auth.verifyEmail",
  "auth.signIn",
  "auth.beginPasskeySignIn",
  "auth.finishPasskeySignIn",
  // "This wasn't me", from an emailed link: its token is the credential.
  "account.reportNotMe",
  // A device authenticates with its enrollment code or its signature, never a session.
  "device.enroll",
  "device.answer",
  "device.pending",
  "device.subscribe",
  "device.status",
  "device.remove",
  // "Forgot password": the emailed link's token is the credential (and, with two-step on, the
  // reset's own session after its second factor; see recovery-reset.ts).
  "recovery.requestPasswordReset",
  "recovery.beginPasswordReset",
  "recovery.completePasswordReset",
  // An account recovery: the password and a proof (or the device's signature) are the credential.
  // How long a recovery waits: the server's setting, the same for everyone.
  "recovery.waitPeriod",
  "recovery.requestLink",
  "recovery.sendPhoneCode",
  "recovery.start",
  "recovery.complete",
  "recovery.deviceStatus",
  "recovery.deviceCancel",
  // Reads nothing and writes nothing: a check that the server answers.
  "system.ping",
]);
