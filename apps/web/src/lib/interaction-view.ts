import type { Messages } from "../i18n/en";
import type { Me } from "./api";
import { KNOWN_SCOPES, type InteractionDetails, type KnownScope } from "./interaction";
import { PATHS } from "./paths";

/**
 * The SPA's pages for an app's request (`?interaction=<uid>`). The contract names `/sign-in`;
 * the SPA's own sign-in page is `/signin`, which takes the request too.
 */
export const INTERACTION_PAGES: Readonly<Record<string, "sign-in" | "consent">> = {
  "/sign-in": "sign-in",
  [PATHS.signIn]: "sign-in",
  "/consent": "consent",
};

/** Whether this address is an app's request (the uid itself is checked by `interactionOf`). */
export function isInteractionPage(path: string, search: string): boolean {
  return path in INTERACTION_PAGES && new URLSearchParams(search).has("interaction");
}

/** Why a signed-in person is asked to sign in anyway: one sentence names it. */
export type SignInAgain = "fresh" | "second-step" | "fresh-second-step";

export type InteractionView =
  /** The sign-in form (password or passkey); `again` when someone is signed in already. */
  | { screen: "sign-in"; again: SignInAgain | null; email: string; remember: boolean }
  /** Password done, the second step is due (whoever started it). */
  | { screen: "second-step"; me: Me }
  /** A password reset's session holds this browser: it opens nothing until it ends. */
  | { screen: "reset-under-way" }
  /** The app requires a second step, and the account has no method for one. */
  | { screen: "two-step-off" }
  | { screen: "consent"; email: string }
  /** Signed in as the request needs, yet sent here: the person continues by hand (no loop). */
  | { screen: "signed-in"; email: string };

/** Which screen the request and the session call for; `me` is null when nobody is signed in. */
export function interactionView(details: InteractionDetails, me: Me | null): InteractionView {
  const { secondFactor, fresh, loginHint } = details.signIn;
  if (me === null)
    return { screen: "sign-in", again: null, email: loginHint ?? "", remember: false };
  if (me.session.purpose === "password_reset") return { screen: "reset-under-way" };
  if (me.session.state === "pending_second_factor") return { screen: "second-step", me };
  const email = me.user.email;
  if (details.prompt === "consent") return { screen: "consent", email };
  if (secondFactor && !me.twoFactorEnabled) return { screen: "two-step-off" };
  const again: SignInAgain | null =
    fresh && secondFactor
      ? "fresh-second-step"
      : fresh
        ? "fresh"
        : secondFactor
          ? "second-step"
          : null;
  if (again === null) return { screen: "signed-in", email };
  return { screen: "sign-in", again, email, remember: me.session.persistent };
}

/** The scopes as the consent page lists them: each once, the known ones first in their order. */
export function scopeLines(
  scopes: readonly string[],
): ({ known: true; scope: KnownScope } | { known: false; scope: string })[] {
  const known = KNOWN_SCOPES.filter((scope) => scopes.includes(scope)).map((scope) => ({
    known: true as const,
    scope,
  }));
  const others = [...new Set(scopes)]
    .filter((scope) => !(KNOWN_SCOPES as readonly string[]).includes(scope))
    .map((scope) => ({ known: false as const, scope }));
  return [...known, ...others];
}

/** The server's reason as a sentence: this page's own first, then the API's, else a generic one. */
export function interactionReasonText(t: Messages, reason: string): string {
  const own: Readonly<Record<string, string>> = t.interaction.reasons;
  const api: Readonly<Record<string, string>> = t.reasons;
  return own[reason] ?? api[reason] ?? t.reasons.INTERNAL_ERROR;
}
