import type { SecurityEventType } from "./security-log";

/** The groups a person filters the security log by (what each event is about). */
export const SECURITY_LOG_KINDS = [
  "sign_ins",
  "methods",
  "passwords_recovery",
  "sessions_browsers",
  "apps",
  "account",
] as const;
export type SecurityLogKind = (typeof SECURITY_LOG_KINDS)[number];

/** The one place an event type joins a group: a new type without a group is a type error. */
export const EVENT_KIND: Readonly<Record<SecurityEventType, SecurityLogKind>> = {
  sign_in_succeeded: "sign_ins",
  sign_in_failed: "sign_ins",
  sign_in_pending_second_factor: "sign_ins",
  sign_in_rate_limited: "sign_ins",
  second_factor_failed: "sign_ins",
  code_replay_refused: "sign_ins",
  reauthenticated: "sign_ins",
  backup_code_used: "sign_ins",
  cloned_key_suspected: "sign_ins",
  push_approved: "sign_ins",
  push_denied: "sign_ins",
  push_reported: "sign_ins",
  push_wrong_number: "sign_ins",
  sms_code_sent: "sign_ins",
  sms_code_not_sent: "sign_ins",
  factor_locked: "methods",
  factor_disabled: "methods",
  factor_enabled_again: "methods",
  factor_added: "methods",
  factor_renamed: "methods",
  factor_removed: "methods",
  two_factor_enabled: "methods",
  two_factor_disabled: "methods",
  backup_codes_generated: "methods",
  preferred_factor_changed: "methods",
  password_changed: "passwords_recovery",
  password_reset_requested: "passwords_recovery",
  password_reset: "passwords_recovery",
  recovery_address_set: "passwords_recovery",
  recovery_address_changed: "passwords_recovery",
  recovery_address_removed: "passwords_recovery",
  recovery_phone_set: "passwords_recovery",
  recovery_phone_changed: "passwords_recovery",
  recovery_phone_removed: "passwords_recovery",
  account_recovery_link_sent: "passwords_recovery",
  account_recovery_refused: "passwords_recovery",
  account_recovery_started: "passwords_recovery",
  account_recovery_reminder: "passwords_recovery",
  account_recovery_cancelled: "passwords_recovery",
  account_recovery_completed: "passwords_recovery",
  signed_out: "sessions_browsers",
  session_ended: "sessions_browsers",
  sessions_ended: "sessions_browsers",
  browser_policy_changed: "sessions_browsers",
  browser_trusted: "sessions_browsers",
  trusted_browser_revoked: "sessions_browsers",
  app_password_created: "apps",
  app_password_revoked: "apps",
  app_passwords_revoked: "apps",
  app_password_first_used: "apps",
  sync_login_refused: "apps",
  app_signed_in: "apps",
  app_authorized: "apps",
  account_created: "account",
  sign_up_attempted: "account",
  sign_up_repeated: "account",
  verification_code_sent: "account",
  email_verified: "account",
  locale_changed: "account",
  not_me_reported: "account",
  methods_confirmed: "methods",
};

/** The event types of the given groups (every type when `kinds` is empty). */
export function typesOfKinds(kinds: readonly SecurityLogKind[]): SecurityEventType[] {
  const wanted = new Set(kinds);
  return (Object.keys(EVENT_KIND) as SecurityEventType[]).filter((type) =>
    wanted.has(EVENT_KIND[type]),
  );
}

/** The group of a stored type; a type this version does not know is about the account. */
export function kindOf(type: string): SecurityLogKind {
  return type in EVENT_KIND ? EVENT_KIND[type as SecurityEventType] : "account";
}
