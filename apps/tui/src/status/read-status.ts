import { problemOf, type ApiClient, type TwoFactorStatus } from "@twofold/client";
import type { ShownReason } from "@twofold/i18n";

/** What `twofold status` learned from the server. */
export type StatusReport =
  | { kind: "signedIn"; server: string; email: string; twoStep: TwoFactorStatus }
  /** No session kept for this server, or the server refused it (ended, or still half-way). */
  | { kind: "signedOut"; server: string }
  | { kind: "unreachable"; server: string }
  /** The server answered, but with an error that says nothing about the session. */
  | { kind: "failed"; server: string; reason: ShownReason };

/** The reasons that mean "this token opens nothing": the person must sign in again. */
const SIGNED_OUT: readonly ShownReason[] = ["UNAUTHENTICATED", "SECOND_FACTOR_REQUIRED"];

/** Asks the server who we are and the two-step state, without any screen. */
export async function readStatus({
  api,
  server,
  token,
}: {
  api: ApiClient;
  server: string;
  /** The session token kept for `server`, if any. */
  token: string | null;
}): Promise<StatusReport> {
  if (!token) return { kind: "signedOut", server };
  try {
    const me = await api.auth.me.query();
    // A session still waiting for its second factor, or a password reset's, opens nothing.
    if (me.session.state !== "active" || me.session.purpose === "password_reset")
      return { kind: "signedOut", server };
    const twoStep = await api.twoFactor.status.query();
    return { kind: "signedIn", server, email: me.user.email, twoStep };
  } catch (error) {
    const { reason } = problemOf(error);
    if (reason === "NETWORK") return { kind: "unreachable", server };
    if (SIGNED_OUT.includes(reason)) return { kind: "signedOut", server };
    return { kind: "failed", server, reason };
  }
}
