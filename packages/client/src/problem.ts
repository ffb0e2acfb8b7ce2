import { TRPCClientError } from "@trpc/client";
import type { ApiReason, PasswordHint } from "@twofold/api";
import type { ShownReason } from "@twofold/i18n";

export interface Problem {
  reason: ShownReason;
  /** For RATE_LIMITED: when trying again can succeed (ISO 8601). */
  retryAt?: string;
  /** For PASSWORD_TOO_WEAK: what makes the password easy to guess. */
  hint?: PasswordHint;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

const HINTS: ReadonlySet<string> = new Set<PasswordHint>([
  "common",
  "repeated",
  "sequence",
  "keyboard",
  "date",
  "words",
  "personal",
  "guessable",
] satisfies PasswordHint[]);

function isHint(value: unknown): value is PasswordHint {
  return typeof value === "string" && HINTS.has(value);
}

/** Reads the stable reason the server put in `data.reason`; a failed fetch is NETWORK. */
export function problemOf(error: unknown): Problem {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    if (isRecord(data) && typeof data.reason === "string") {
      const retryAt = typeof data.retryAt === "string" ? data.retryAt : undefined;
      const hint = isHint(data.hint) ? data.hint : undefined;
      return {
        reason: data.reason as ApiReason,
        ...(retryAt && { retryAt }),
        ...(hint && { hint }),
      };
    }
    return {
      reason: error.cause instanceof TypeError || !error.data ? "NETWORK" : "INTERNAL_ERROR",
    };
  }
  return { reason: error instanceof TypeError ? "NETWORK" : "INTERNAL_ERROR" };
}

export function reasonOf(error: unknown): ShownReason {
  return problemOf(error).reason;
}
