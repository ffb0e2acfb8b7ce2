import type { IncomingMessage } from "node:http";
import { readRequestInfo } from "@twofold/api";
import type { ResolvedSession, Twofold } from "@twofold/core";

/**
 * The person's Twofold session in this browser (its cookie), when it is fully signed in: a
 * session still waiting for its second factor, a reset's session, or one that must first set
 * a new password never signs an app in.
 */
export async function signedInSession(
  twofold: Twofold,
  req: IncomingMessage,
  secure: boolean,
): Promise<ResolvedSession | null> {
  const info = readRequestInfo(req, secure, "");
  if (info.via !== "cookie" || !info.token) return null;
  const session = await twofold.sessions.resolve(info.token);
  if (!session || session.state !== "active") return null;
  if (session.purpose !== "sign_in" || session.passwordChangeRequired) return null;
  return session;
}
