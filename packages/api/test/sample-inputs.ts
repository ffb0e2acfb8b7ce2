const SOME_ID = "00000000-0000-4000-8000-000000000000";

/**
 * A well-formed input for every guarded procedure that takes one (what an attacker holding a
 * session that must not reach the account would like to do), so only the session decides the
 * answer. One list for this package's security tests and the server's attacks over HTTP.
 */
export const SAMPLE_INPUT: Record<string, unknown> = {
  "account.reauthenticate": { password: "a password to try" },
  "account.finishStepUpWebAuthn": {
    response: {
      id: "AAAA",
      rawId: "AAAA",
      type: "public-key",
      response: { clientDataJSON: "e30", authenticatorData: "AAAA", signature: "AAAA" },
      clientExtensionResults: {},
    },
  },
  "account.stepUpPushResult": { requestId: SOME_ID },
  "account.cancelStepUpPush": { requestId: SOME_ID },
  "account.finishStepUpPush": { requestId: SOME_ID },
  "twoFactor.setPreferred": { kind: "totp" },
  "totp.beginEnrollment": { label: "Attacker phone" },
  "totp.confirmEnrollment": {
    enrollmentId: SOME_ID,
    code: "123456",
  },
  "totp.rename": { id: SOME_ID, label: "x" },
  "totp.remove": { id: SOME_ID },
  "securityLog.list": {},
  "securityLog.export": { format: "json" },
  "webauthn.beginRegistration": { label: "Attacker key" },
  "webauthn.finishRegistration": {
    response: {
      id: "AAAA",
      rawId: "AAAA",
      type: "public-key",
      response: { clientDataJSON: "e30", attestationObject: "oA" },
      clientExtensionResults: {},
    },
  },
  "push.beginDeviceEnrollment": { label: "Attacker device" },
  "push.enrollmentStatus": { enrollmentId: SOME_ID },
  "push.renameDevice": { id: SOME_ID, label: "x" },
  "push.removeDevice": { id: SOME_ID },
  "webauthn.rename": { id: SOME_ID, label: "x" },
  "webauthn.remove": { id: SOME_ID },
  "sms.addPhone": { phone: "+41 79 123 45 67" },
  "sms.resendCode": { phoneId: SOME_ID },
  "sms.confirmPhone": { phoneId: SOME_ID, code: "123456" },
  "sms.rename": { id: SOME_ID, label: "x" },
  "sms.remove": { id: SOME_ID },
  "appPasswords.create": { name: "Attacker mail", scopes: ["mail"] },
  "appPasswords.revoke": { id: SOME_ID },
  "sessions.revoke": { id: SOME_ID },
  "account.changePassword": { newPassword: "attacker chosen password" },
  "account.setLocale": { locale: "fr" },
  "account.setTimeZone": { timeZone: "Europe/Zurich" },
  "twoFactor.enableMethod": { method: "totp" },
  "account.setBrowserPolicy": { policy: "remember" },
  "trustedBrowsers.revoke": { id: SOME_ID },
  "recovery.setAddress": { email: "attacker@example.net" },
  "recovery.confirmAddress": { code: "123456" },
  "recovery.setPhone": { phone: "+41 79 123 45 67" },
  "recovery.confirmPhone": { code: "123456" },
};
