import { TRPCClientError } from "@trpc/client";
import type { ApiReason } from "@twofold/api";
import type { ShownReason } from "@twofold/i18n";

export interface Problem {
  reason: ShownReason;
  /** For RATE_LIMITED: when trying again can succeed (ISO 8601). */
  retryAt?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Reads the stable reason the server put in `data.reason`; a failed fetch is NETWORK. */
export function problemOf(error: unknown): Problem {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    if (isRecord(data) && typeof data.reason === "string") {
      const retryAt = typeof data.retryAt === "string" ? data.retryAt : undefined;
      return { reason: data.reason as ApiReason, ...(retryAt && { retryAt }) };
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
