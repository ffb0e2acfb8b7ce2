/**
 * The one schema of Twofold (PostgreSQL dialect), run unchanged on PGlite and PostgreSQL: one
 * file per aggregate under schema/, every table re-exported here (what `schema` and drizzle-kit
 * see). Nothing here holds a secret in readable form: seeds are AES-256-GCM ciphertexts, tokens
 * and codes are hashes (see packages/core/src/crypto).
 */
export * from "./schema/accounts";
export * from "./schema/sessions";
export * from "./schema/factors";
export * from "./schema/totp";
export * from "./schema/webauthn";
export * from "./schema/push";
export * from "./schema/backup-codes";
export * from "./schema/sms";
export * from "./schema/app-passwords";
export * from "./schema/security-log";
export * from "./schema/mail-queue";
export * from "./schema/limits";
export * from "./schema/emailed-secrets";
export * from "./schema/recovery-contacts";
export * from "./schema/account-recoveries";
export * from "./schema/oidc";
