import { createApiClient } from "@twofold/client";

export {
  problemOf,
  reasonOf,
  type FactorView,
  type Me,
  type Outputs,
  type Problem,
  type SecondFactorKind,
  type SecurityEventView,
  type TwoFactorStatus,
} from "@twofold/client";

/** The browser's session travels in an HttpOnly cookie, never in script. */
export const api = createApiClient({ url: "/trpc" });
