export { createTwofold, type Twofold } from "./twofold";
export type { DepsOptions, Deps, EngineEvent } from "./deps";
export { cryptoRandom } from "./deps";
export { DEFAULT_CONFIG, type TwofoldConfig } from "./config";
export { REASONS, TwofoldError, type Reason, type Result, type Failure } from "./errors";
export { isServiceUnavailable } from "./outages";
export {
  noGeoLocator,
  systemClock,
  type Clock,
  type GeoLocator,
  type RandomSource,
  type RequestMeta,
} from "./ports";
export { loadOrCreateMasterKey, parseMasterKey } from "./crypto/master-key";
export type { Account, SignInOutcome } from "./accounts/accounts";
export type { VerificationRequired } from "./accounts/sign-up";
export { PASSWORD_MAX, PASSWORD_MIN } from "./accounts/validate";
export { preparePasswordCheck } from "./passwords/strength";
export { canonicalTimeZone, TIME_ZONE_MAX } from "./accounts/time-zone";
export { PASSWORD_HINTS, type PasswordHint } from "@twofold/password-strength";
export type {
  Session,
  SessionState,
  SessionPurpose,
  IssuedSession,
  ResolvedSession,
} from "./sessions/sessions";
export type { ResetBegun, ResetCompletion, ResetRefusal } from "./password-reset";
export {
  FACTOR_KINDS,
  secondFactorOptions,
  type Factor,
  type FactorKind,
  type SecondFactorOption,
} from "./two-factor/factors";
export { DISABLEABLE_METHODS } from "./two-factor/manage";
export { STEP_UP_METHODS, type StepUpMethod } from "./step-up/methods";
export type { DisableableMethod, TwoFactorStatus } from "./two-factor/manage";
export {
  SECURITY_EVENT_TYPES,
  type SecurityEvent,
  type SecurityEventType,
} from "./security-log/security-log";
export type { LogHead, LogVerdict } from "./security-log/chain";
export { EVENT_KIND, SECURITY_LOG_KINDS, type SecurityLogKind } from "./security-log/kinds";
export { EXPORT_FORMATS, type ExportFormat, type LogExport } from "./security-log/export/export";
export type { DescribeEvent } from "./security-log/export/rows";
export { EXPORT_CHAIN_START } from "./security-log/export/export-chain";
export { verifyExport, type ExportVerdict } from "./security-log/export/verify-export";
export { MailSendError, noMailer, type Mail, type Mailer } from "./notifications/mailer";
export { outboxMailer, readMailOutbox, type MailOutboxEntry } from "./notifications/outbox-mailer";
export { smtpMailer, type SmtpOptions } from "./notifications/smtp-mailer";
export { MAIL_LOCALES, type MailLocale } from "./notifications/texts";
export type { DeliveryRound } from "./notifications/deliver";
export type { NotMeAbout } from "./notifications/not-me-about";
export type { TOTPEnrollment } from "./totp/enrollment";
export type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/server";
export { SMS_COUNTRIES, isSmsCountry, parsePhone, type SmsCountry } from "./sms/phone";
export { SmsSendError, codeMessage, type SmsMessage, type SmsSender } from "./sms/sender";
export { outboxSender, readOutbox, type OutboxEntry } from "./sms/senders/outbox";
export { twilioSender, type TwilioOptions } from "./sms/senders/twilio";
export { webhookSender, type WebhookOptions } from "./sms/senders/webhook";
export { APP_PASSWORD_SCOPES, type AppPasswordScope } from "./app-passwords/scopes";
export type { AppPassword } from "./app-passwords/manage";
export {
  parseSyncServer,
  SCOPE_OF_SERVICE,
  SYNC_SERVICES,
  type SyncSecurity,
  type SyncServer,
  type SyncServers,
  type SyncService,
} from "./app-passwords/servers";
export { SYNC_PROTOCOLS, type SyncProtocol, type SyncVerdict } from "./app-passwords/sync-check";
export { BROWSER_POLICIES, type BrowserPolicy } from "./accounts/settings";
export type { SessionView } from "./sessions/manage";
export type { TrustedBrowser, TrustedBrowserCookie } from "./trusted-browsers/trusted-browsers";
export {
  maskAddress,
  recoveryContacts,
  type RecoveryContacts,
  type RecoveryContactsView,
} from "./recovery-contacts";
export { PROOF_KINDS, type ProofKind, type RecoveryProof } from "./account-recovery/proofs";
export type { RecoveryStatus } from "./account-recovery/status";
export { RECENT_BROWSER_TTL_MS } from "./account-recovery/recent-browsers";
export {
  CHECKUP_FINDING_KINDS,
  METHODS_CHECK_ANSWERS,
  type Checkup,
  type CheckupFinding,
  type CheckupFindingKind,
  type MethodsCheckAnswer,
} from "./checkup";
