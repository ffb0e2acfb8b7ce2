import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import type { ApiReason, AppRouter } from "@twofold/api";

/** The typed client: the browser's session travels in an HttpOnly cookie, never in script. */
export const api = createTRPCClient<AppRouter>({
  links: [httpLink({ url: "/trpc" })],
});

export type Outputs = inferRouterOutputs<AppRouter>;
export type Me = Outputs["auth"]["me"];
export type TwoFactorStatus = Outputs["twoFactor"]["status"];
export type FactorView = TwoFactorStatus["factors"][number];
export type SecondFactorKind = NonNullable<Me["secondFactor"]>["factors"][number];

/** What the page can tell a person: an API reason, or that the server was not reached. */
export type ShownReason = ApiReason | "NETWORK";

export interface Problem {
  reason: ShownReason;
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
    return { reason: error.cause instanceof TypeError ? "NETWORK" : "INTERNAL_ERROR" };
  }
  return { reason: error instanceof TypeError ? "NETWORK" : "INTERNAL_ERROR" };
}

export function reasonOf(error: unknown): ShownReason {
  return problemOf(error).reason;
}
