import { createTRPCClient, httpLink } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@twofold/api";

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

export { problemOf, reasonOf, type Problem } from "./problem";
export { runWithStepUp } from "./step-up";
export { localTimeZone, sendTimeZone, timeZoneToSend } from "./time-zone";
