import { hkdfSync } from "node:crypto";
import { TwofoldError } from "../errors";

/** Keys derived from the master key, one per purpose, so no key serves two. */
export interface Keys {
  /** AES-256-GCM key for TOTP seeds (and later other sealed secrets). */
  secretBox: Buffer;
  /** HMAC key for backup codes: a dump without it cannot test guesses offline. */
  backupCodes: Buffer;
  /** Seed of the server's P-256 key that signs push requests and gateway tokens. */
  pushSigning: Buffer;
  /** HMAC key for SMS codes (6 digits: only a keyed hash protects them in a dump). */
  smsCodes: Buffer;
  /** HMAC key that finds a phone number again (duplicates, send limits) without reading it. */
  phoneNumbers: Buffer;
  /** HMAC key for application passwords (checked on every sync request: no slow KDF). */
  appPasswords: Buffer;
  /** HMAC key that signs trusted-browser cookies. */
  trustedBrowsers: Buffer;
  /** HMAC key of the security log's hash chain: rewriting the log needs it, not just the database. */
  securityLog: Buffer;
  /** HMAC key that signs the "this wasn't me" links of notification emails. */
  notMeLinks: Buffer;
  /** HMAC key that names an unknown email address in the failure counters (never stored plain). */
  unknownEmails: Buffer;
  /** HMAC key of the codes and links sent by email (6 digits: only a keyed hash protects them). */
  emailedSecrets: Buffer;
  /** HMAC key that names the OpenID Connect provider's codes, tokens and sessions in the database. */
  oidcRecords: Buffer;
  /** The OpenID Connect provider's cookie signing key (every server derives the same). */
  oidcCookies: Buffer;
}

export const MASTER_KEY_BYTES = 32;

/** Derives the purpose keys from the 32-byte master key (HKDF-SHA256). */
export function deriveKeys(masterKey: Uint8Array): Keys {
  if (masterKey.length !== MASTER_KEY_BYTES) {
    throw new TwofoldError("BAD_MASTER_KEY", `The master key must be ${MASTER_KEY_BYTES} bytes`);
  }
  const derive = (info: string): Buffer =>
    Buffer.from(hkdfSync("sha256", masterKey, Buffer.alloc(0), `twofold/${info}/v1`, 32));
  return {
    secretBox: derive("secret-box"),
    backupCodes: derive("backup-codes"),
    pushSigning: derive("push-signing"),
    smsCodes: derive("sms-codes"),
    phoneNumbers: derive("phone-numbers"),
    appPasswords: derive("app-passwords"),
    trustedBrowsers: derive("trusted-browsers"),
    securityLog: derive("security-log"),
    notMeLinks: derive("not-me-links"),
    unknownEmails: derive("unknown-emails"),
    emailedSecrets: derive("emailed-secrets"),
    oidcRecords: derive("oidc-records"),
    oidcCookies: derive("oidc-cookies"),
  };
}
