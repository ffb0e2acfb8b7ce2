import type { SyncServers } from "./app-passwords/servers";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Tunables of the engine. Defaults are what we ship; tests and benches may override some. */
export interface TwofoldConfig {
  /** Issuer shown by OTP apps. */
  issuer: string;
  /** Where people open Twofold: links in emails start with it. */
  publicUrl: string;
  /** argon2id cost (OWASP's m=19 MiB, t=2, p=1 by default). */
  password: { memoryCost: number; timeCost: number; parallelism: number };
  session: {
    /** A half-signed-in session (password ok, second factor pending) lives this long. */
    pendingTtlMs: number;
    /** "Stay signed in": 30 days of use (idle), and at most this long in all. */
    persistentIdleMs: number;
    persistentAbsoluteMs: number;
    /** A session cookie ("authenticate at each browser launch"): the server still ends it after these. */
    transientIdleMs: number;
    transientAbsoluteMs: number;
    /** A security change needs a full authentication at most this old (step-up). */
    stepUpMs: number;
    /** last_seen_at is written at most this often (saves a write per request). */
    touchEveryMs: number;
  };
  totp: { enrollmentTtlMs: number; maxPendingEnrollments: number };
  /**
   * Application passwords checked recently stay in memory (0 entries: off). Revocations evict
   * them at once, on every server through the event bus; `maxAgeMs` bounds a lost event.
   */
  appPasswordCache: { entries: number; maxAgeMs: number };
  /** Application passwords per account: live at once (not revoked or expired), made per hour. */
  appPasswords: { maxLive: number; perHour: number };
  /**
   * Where people use application passwords (IMAP, SMTP submission, CalDAV, CardDAV, WebDAV),
   * shown with a new password; a service left out is not shown.
   */
  syncServers: SyncServers;
  /** "Don't ask for a second factor on this browser": for this long. */
  trustedBrowserTtlMs: number;
  limits: {
    /** Consecutive failures of one factor (or the password) per round; the next locks it. */
    maxFailures: number;
    /** The first lock; each later one lasts twice as long (at most a day). */
    lockMs: number;
    /** From this many failures in a round, each try waits 1 s, 2 s, 4 s, ... before the next. */
    delayAfter: number;
    /** This many consecutive failures disable a second factor until its owner turns it back on. */
    disableAfter: number;
    /** Password sign-in attempts per IP address (IPv6: per /64) per window, over all accounts. */
    signInPerIp: number;
    signInWindowMs: number;
  };
  webauthn: {
    /** The relying party: the site's domain (a passkey is bound to it). */
    rpId: string;
    rpName: string;
    /**
     * Origins a browser may answer from. Empty with rpId "localhost": any http://localhost port
     * (development).
     */
    origins: string[];
    /** For the second factor; a passkey sign-in always requires it. */
    userVerification: "required" | "preferred" | "discouraged";
    challengeTtlMs: number;
  };
  push: {
    /** An "Add an authenticator device" code lives this long. */
    enrollmentTtlMs: number;
    /** A push request must be answered within this. */
    requestTtlMs: number;
    /** Push fatigue: at most this many pushes per account per window. */
    maxPerWindow: number;
    windowMs: number;
    /** After "NO, and report it": no push to the account for this long. */
    reportPauseMs: number;
    /**
     * A call waiting for a push answer is woken by events; it also reads the request again this
     * often (an event lost while Redis reconnected costs at most this), and every
     * `waitDegradedRecheckMs` while events do not reach this server (Redis down).
     */
    waitRecheckMs: number;
    waitDegradedRecheckMs: number;
  };
  sms: {
    /** A code sent by SMS is valid this long, for at most `maxAttempts` tries. */
    codeTtlMs: number;
    maxAttempts: number;
    /** A number being added must be confirmed within this. */
    enrollmentTtlMs: number;
    /** Sends allowed per window, per number, account, IP address and in total (pumping). */
    limits: {
      perNumber: number;
      perAccount: number;
      perIp: number;
      total: number;
      windowMs: number;
    };
  };
  /**
   * Codes and links sent by email (an address to confirm, a password reset, an account
   * recovery): a code lives `codeTtlMs` for at most `maxAttempts` tries, a link `linkTtlMs`.
   */
  emailed: { codeTtlMs: number; linkTtlMs: number; maxAttempts: number };
  /**
   * "Forgot password" requests per window: per IP (answered RATE_LIMITED), per address and per
   * account (over them nothing is sent, and the answer stays the same).
   */
  passwordReset: { perIp: number; perAddress: number; perAccount: number; windowMs: number };
  /**
   * "I can't use any of my methods": an account recovery completes `waitMs` after it started
   * (72 h by default); every address hears of it at once and again `reminderBeforeMs` before.
   */
  recovery: { waitMs: number; reminderBeforeMs: number };
  /**
   * Sign-up's address confirmation, per window of `windowMs`: mails to one address and from
   * one IP (sign-up and sign-in of an unconfirmed account), and codes tried from one IP.
   */
  verifyEmail: {
    mailsPerAddress: number;
    mailsPerIp: number;
    triesPerIp: number;
    windowMs: number;
  };
  /** Security emails: queued in the database, sent by a worker that retries (mail-queue.ts). */
  mail: {
    /** A failed send is tried again after this, then twice as long each time... */
    retryFirstMs: number;
    /** ...but never waits longer than this between tries. */
    retryMaxMs: number;
    /** An email still not sent this long after its event is given up (and logged). */
    giveUpAfterMs: number;
    /** One send is abandoned (and retried) after this, whatever the mailer does. */
    sendTimeoutMs: number;
    /** A claimed email is another sender's again after this (a server that died mid-send). */
    leaseMs: number;
  };
}

export const DEFAULT_CONFIG: TwofoldConfig = {
  issuer: "Twofold",
  publicUrl: "http://localhost:3000",
  password: { memoryCost: 19_456, timeCost: 2, parallelism: 1 },
  session: {
    pendingTtlMs: 10 * MINUTE,
    persistentIdleMs: 30 * DAY,
    persistentAbsoluteMs: 90 * DAY,
    transientIdleMs: 30 * MINUTE,
    transientAbsoluteMs: 12 * HOUR,
    stepUpMs: 5 * MINUTE,
    touchEveryMs: MINUTE,
  },
  totp: { enrollmentTtlMs: 15 * MINUTE, maxPendingEnrollments: 5 },
  trustedBrowserTtlMs: 30 * DAY,
  appPasswordCache: { entries: 100_000, maxAgeMs: MINUTE },
  appPasswords: { maxLive: 50, perHour: 20 },
  syncServers: {},
  limits: {
    maxFailures: 10,
    lockMs: 15 * MINUTE,
    delayAfter: 5,
    disableAfter: 100,
    signInPerIp: 100,
    signInWindowMs: 15 * MINUTE,
  },
  webauthn: {
    rpId: "localhost",
    rpName: "Twofold",
    origins: [],
    userVerification: "preferred",
    challengeTtlMs: 5 * MINUTE,
  },
  push: {
    enrollmentTtlMs: 10 * MINUTE,
    requestTtlMs: 60_000,
    maxPerWindow: 5,
    windowMs: 10 * MINUTE,
    reportPauseMs: 20 * MINUTE,
    waitRecheckMs: 5_000,
    waitDegradedRecheckMs: 1_000,
  },
  sms: {
    codeTtlMs: 5 * MINUTE,
    maxAttempts: 5,
    enrollmentTtlMs: 15 * MINUTE,
    limits: { perNumber: 5, perAccount: 10, perIp: 20, total: 1000, windowMs: HOUR },
  },
  emailed: { codeTtlMs: 30 * MINUTE, linkTtlMs: 30 * MINUTE, maxAttempts: 5 },
  passwordReset: { perIp: 20, perAddress: 3, perAccount: 5, windowMs: HOUR },
  recovery: { waitMs: 72 * HOUR, reminderBeforeMs: 24 * HOUR },
  verifyEmail: { mailsPerAddress: 5, mailsPerIp: 30, triesPerIp: 50, windowMs: HOUR },
  mail: {
    retryFirstMs: 1000,
    retryMaxMs: 10 * MINUTE,
    giveUpAfterMs: DAY,
    sendTimeoutMs: 60_000,
    leaseMs: 5 * MINUTE,
  },
};
