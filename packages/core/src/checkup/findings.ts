import type { FactorKind } from "../two-factor/factors";

/** The check-up's thresholds (Google's and GitHub's spirit; documented on the page). */
export const CHECKUP_RULES = {
  /** "Few backup codes left" at this many or fewer. */
  fewBackupCodes: 3,
  /** A method not used (nor added) for this long is named. */
  unusedAfterMs: 180 * 24 * 60 * 60 * 1000,
  /** The sign-ins whose countries count as the account's usual places. */
  placesWindowMs: 90 * 24 * 60 * 60 * 1000,
  /** The "do your methods still work?" question, this long after two-step was turned on. */
  methodsCheckAfterMs: 30 * 24 * 60 * 60 * 1000,
} as const;

/** What a browser is, in words the front ends put together ("Firefox on Linux"). */
export interface SeenFrom {
  browser: string | null;
  os: string | null;
  ip: string;
  /** The place of its address ("Zurich, CH"), as the IP-location database names it. */
  place: string;
}

/**
 * One recommendation of the check-up: a kind and its facts, never a text (each front end says
 * it in the person's language, with its button).
 */
export type CheckupFinding =
  | { kind: "two_step_off" }
  | { kind: "only_one_method" }
  | { kind: "only_sms" }
  | { kind: "few_backup_codes"; remaining: number }
  | { kind: "no_recovery_address" }
  | {
      kind: "unused_method";
      factorId: string;
      factorKind: FactorKind;
      label: string;
      /** When it was last used, or added when never used. */
      since: Date;
      used: boolean;
    }
  | ({ kind: "unusual_session"; sessionId: string; lastSeenAt: Date } & SeenFrom)
  | ({ kind: "unusual_trusted_browser"; trustedBrowserId: string; lastUsedAt: Date } & SeenFrom);

export type CheckupFindingKind = CheckupFinding["kind"];

export const CHECKUP_FINDING_KINDS: readonly CheckupFindingKind[] = [
  "two_step_off",
  "only_one_method",
  "only_sms",
  "few_backup_codes",
  "no_recovery_address",
  "unused_method",
  "unusual_session",
  "unusual_trusted_browser",
];

/** What protects the account now (the top of the page). */
export interface Protections {
  twoStepOn: boolean;
  /** When two-step was last turned on; null when off. */
  twoStepSince: Date | null;
  methods: { kind: FactorKind; count: number }[];
  backupCodesRemaining: number;
  recoveryAddress: boolean;
  recoveryPhone: boolean;
}

export interface Checkup {
  protections: Protections;
  /** Empty: nothing to do. */
  findings: CheckupFinding[];
  /** Ask "Do your methods still work?" now (30 days after two-step, never answered). */
  askMethodsCheck: boolean;
}
