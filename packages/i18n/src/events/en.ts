import type { Sentences } from "./types";
import { cap, paren } from "./words";

export const en: Sentences = {
  account_created: () => "Account created.",
  sign_in_succeeded: (d) =>
    d.text("factor") === "trusted_browser"
      ? "Signed in on a trusted browser, without the second step."
      : `Signed in with the ${d.named()}.`,
  sign_in_failed: (d) => `Sign-in refused: wrong password${paren(d.protocol())}.`,
  sign_in_pending_second_factor: () => "Password accepted; the second step was asked.",
  sign_in_rate_limited: (d) => `Too many tries with the ${d.method()}: sign-in paused for a while.`,
  second_factor_failed: (d) => `Second step failed with the ${d.method()}.`,
  code_replay_refused: (d) => `A code already used was refused (${d.method()}).`,
  factor_locked: (d) => `${cap(d.method())} locked for a while after too many wrong tries.`,
  factor_disabled: (d) => `${cap(d.method())} turned off after 100 wrong tries in a row.`,
  factor_enabled_again: (d) => `${cap(d.method())} turned back on.`,
  factor_added: (d) => `${cap(d.named())} added.`,
  factor_renamed: (d) => `${cap(d.method())} renamed to ${d.quoted("label")}.`,
  factor_removed: (d) => `${cap(d.named())} removed.`,
  two_factor_enabled: () => "Two-step verification turned on.",
  two_factor_disabled: () => "Two-step verification turned off.",
  methods_confirmed: () => "Confirmed that the two-step methods still work (30-day check).",
  backup_code_used: (d) => `Backup code used: ${d.count("remaining")} left.`,
  backup_codes_generated: (d) => `${d.count("count")} new backup codes made.`,
  preferred_factor_changed: (d) => `Preferred method set to ${d.method()}.`,
  reauthenticated: (d) =>
    ["", "password"].includes(d.text("factor"))
      ? "Password confirmed for a security change."
      : `Identity confirmed for a security change with the ${d.named()}.`,
  signed_out: () => "Signed out.",
  cloned_key_suspected: (d) =>
    `Security key ${d.quoted("label")} refused: it may have been copied.`,
  push_approved: (d) => `Sign-in approved on ${d.quoted("device")}.`,
  push_denied: (d) => `Sign-in refused on ${d.quoted("device")}.`,
  push_reported: (d) => `Sign-in request reported on ${d.quoted("device")}; requests paused.`,
  push_wrong_number: (d) => `Wrong number typed on ${d.quoted("device")}: sign-in refused.`,
  sms_code_sent: (d) =>
    d.text("purpose") !== "sign_in"
      ? `Code sent by SMS to ${d.text("to")} to confirm the number.`
      : `Sign-in code sent by SMS to ${d.text("to")}.`,
  sms_code_not_sent: (d) => `A code by SMS to ${d.text("to")} could not be sent.`,
  app_password_created: (d) => `Application password ${d.quoted("name")} created.`,
  app_password_revoked: (d) => `Application password ${d.quoted("name")} revoked.`,
  app_passwords_revoked: (d) => {
    const n = d.count("count");
    const what = n === 1 ? "1 application password" : `${n} application passwords`;
    const why = { password_changed: " as the password changed", not_me: " after “This wasn't me”" };
    return `${what} revoked${why[d.text("because") as keyof typeof why] ?? ""}.`;
  },
  app_password_first_used: (d) =>
    `Application password ${d.quoted("name")} used for the first time${paren(d.protocol())}.`,
  sync_login_refused: (d) => {
    const p = d.protocol();
    switch (d.text("reason")) {
      case "APP_PASSWORD_REQUIRED":
        return `An app${paren(p)} tried the account password: refused, it needs an application password.`;
      case "SCOPE_NOT_ALLOWED":
        return `Application password ${d.quoted("name")} refused: it may not open ${p}.`;
      case "APP_PASSWORD_EXPIRED":
        return `Application password ${d.quoted("name")} refused: it has expired.`;
      default:
        return `Sign-in from an app${paren(p)} refused.`;
    }
  },
  password_changed: () => "Password changed.",
  session_ended: (d) =>
    d.text("current") === "true"
      ? "This browser was signed out from the list of sessions."
      : "Another session was signed out.",
  sessions_ended: (d) => {
    const n = d.count("count");
    return n === 1 ? "1 other session signed out." : `${n} other sessions signed out.`;
  },
  browser_policy_changed: (d) =>
    d.text("policy") === "session_only"
      ? "Browsers now ask to sign in at each launch."
      : "Browsers may now stay signed in.",
  browser_trusted: () => "Browser trusted for 30 days: no second step there.",
  trusted_browser_revoked: () => "A browser is no longer trusted.",
  not_me_reported: (d) => {
    const n = d.count("sessionsEnded");
    return `“This wasn't me” reported: ${n === 1 ? "1 session" : `${n} sessions`} ended.`;
  },
  locale_changed: (d) => `Email language set to ${d.language()}.`,
  recovery_address_set: (d) => `Recovery address set: ${d.text("address")}.`,
  recovery_address_changed: (d) =>
    `Recovery address changed from ${d.text("previous")} to ${d.text("address")}.`,
  recovery_address_removed: (d) => `Recovery address ${d.text("address")} removed.`,
  recovery_phone_set: (d) => `Recovery mobile set: ${d.text("phone")}.`,
  recovery_phone_changed: (d) =>
    `Recovery mobile changed from ${d.text("previous")} to ${d.text("phone")}.`,
  recovery_phone_removed: (d) => `Recovery mobile ${d.text("phone")} removed.`,
  password_reset_requested: () => "A password reset link was sent by email.",
  password_reset: (d) =>
    `Password reset with an emailed link: ${d.count("sessionsEnded")} sessions ended, ${d.count("appPasswordsRevoked")} application passwords revoked.`,
  account_recovery_link_sent: (d) =>
    `An account recovery link was sent to the recovery address ${d.text("address")}.`,
  account_recovery_refused: (d) =>
    `Account recovery refused: ${d.text("reason") === "RECOVERY_PROOF_MISSING" ? "no proof was given" : "the proof was wrong"}.`,
  account_recovery_started: () =>
    "Account recovery started: it waits before it can be completed. Cancel it if it wasn't you.",
  account_recovery_reminder: () => "Reminder: a pending account recovery ends soon.",
  account_recovery_cancelled: () => "Account recovery cancelled.",
  account_recovery_completed: () =>
    "Account recovery completed: new password, two-step verification turned off, every session ended.",
  sign_up_attempted: () =>
    "Someone tried to sign up with this address; nothing changed (a mail told you).",
  sign_up_repeated: () =>
    "Signed up again before the address was confirmed: a new password waits and a new code was mailed.",
  verification_code_sent: () => "A code to confirm the address was mailed.",
  email_verified: () => "Address confirmed; signed in.",
  app_signed_in: (d) => `Signed in to ${d.quoted("app")} through Twofold.`,
  app_authorized: (d) => `The app ${d.quoted("app")} may now see your account.`,
};
