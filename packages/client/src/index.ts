import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import type { ApiReason, AppRouter } from "@twofold/api";
import type { ShownReason } from "@twofold/i18n";

export type ApiClient = ReturnType<typeof createTRPCClient<AppRouter>>;
export type Outputs = inferRouterOutputs<AppRouter>;
export type Me = Outputs["auth"]["me"];
export type TwoFactorStatus = Outputs["twoFactor"]["status"];
export type FactorView = TwoFactorStatus["factors"][number];
export type SecondFactorKind = NonNullable<Me["secondFactor"]>["factors"][number];
export type TOTPEnrollment = Outputs["totp"]["beginEnrollment"];
export type SecurityEventView = Outputs["securityLog"]["list"]["events"][number];

/**
 * The typed client of a Twofold server. A browser sends its HttpOnly cookie (same origin, no
 * token); other clients pass `token()`, sent as a bearer token on every request.
 */
export function createApiClient(options: {
  url: string;
  token?: () => string | null;
  fetch?: typeof fetch;
}): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: options.url,
        ...(options.fetch && { fetch: options.fetch }),
        headers: () => {
          const token = options.token?.();
          return token ? { authorization: `Bearer ${token}` } : {};
        },
      }),
    ],
  });
}

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
