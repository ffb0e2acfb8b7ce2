import { isInteractionPage } from "./interaction-view";
import { PATHS, type AppPath } from "./paths";

/** Pages for nobody signed in: anyone signed in is sent home from them. */
export const SIGNED_OUT_PATHS: readonly string[] = [PATHS.signIn, PATHS.signUp];
/** Pages that work whatever the session ("This wasn't me" is opened from an email). */
export const PUBLIC_PATHS: readonly string[] = [
  PATHS.notMe,
  PATHS.verifyEmail,
  // A reset's own session may wait for its second factor there: no other page may take over.
  PATHS.forgotPassword,
  PATHS.resetPassword,
  PATHS.recover,
];

export interface SessionState {
  /** `me` answered UNAUTHENTICATED. */
  signedOut: boolean;
  /** `me` answered: someone is signed in (the second step may still be pending). */
  signedIn: boolean;
  pending: boolean;
  /** "This wasn't me" was used: a new password comes before every other page. */
  passwordChangeRequired: boolean;
}

/**
 * The page the session calls for when it is not the one on screen, else null. While `me` is
 * not known yet (neither signed in nor out), nobody is moved. An app's request (`search` holds
 * `?interaction=`) keeps the person on its page whatever the session: it signs them in (again),
 * or shows the second step, there; only a required new password comes first.
 */
export function redirectFor(path: string, session: SessionState, search = ""): AppPath | null {
  if (PUBLIC_PATHS.includes(path)) return null;
  if (isInteractionPage(path, search))
    return session.signedIn && !session.pending && session.passwordChangeRequired
      ? PATHS.changePassword
      : null;
  if (session.signedOut) return SIGNED_OUT_PATHS.includes(path) ? null : PATHS.signIn;
  if (!session.signedIn) return null;
  if (session.pending) return path === PATHS.verify ? null : PATHS.verify;
  if (session.passwordChangeRequired)
    return path === PATHS.changePassword ? null : PATHS.changePassword;
  if (SIGNED_OUT_PATHS.includes(path) || path === PATHS.verify) return PATHS.home;
  return null;
}
