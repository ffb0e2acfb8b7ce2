import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../test/messages";
import type { Me } from "./api";
import type { InteractionDetails } from "./interaction";
import {
  interactionReasonText,
  interactionView,
  isInteractionPage,
  scopeLines,
} from "./interaction-view";
import { redirectFor, type SessionState } from "./landing";
import { PATHS } from "./paths";

const LOGIN: InteractionDetails = {
  client: { id: "roundcube", name: "Roundcube", firstParty: true },
  prompt: "login",
  signIn: { secondFactor: false, fresh: false, loginHint: null },
  scopes: ["openid"],
};
const CONSENT: InteractionDetails = { ...LOGIN, prompt: "consent" };

function requiring(signIn: Partial<InteractionDetails["signIn"]>): InteractionDetails {
  return { ...LOGIN, signIn: { ...LOGIN.signIn, ...signIn } };
}

const ACTIVE: Me = {
  user: {
    id: "u1",
    email: "ada@example.com",
    displayName: "Ada",
    createdAt: "2026-01-01T00:00:00.000Z",
    locale: "en",
    timeZone: null,
    passwordChangeRequired: false,
  },
  session: {
    id: "s1",
    state: "active",
    persistent: true,
    expiresAt: "2026-02-01T00:00:00.000Z",
    purpose: "sign_in",
  },
  twoFactorEnabled: true,
  secondFactor: null,
};
const PENDING: Me = {
  ...ACTIVE,
  session: { ...ACTIVE.session, state: "pending_second_factor" },
  secondFactor: { factors: ["totp"], preferred: "totp" },
};

describe("interactionView", () => {
  it("shows the sign-in to nobody signed in, the email filled from the app's hint", () => {
    expect(interactionView(LOGIN, null)).toEqual({
      screen: "sign-in",
      again: null,
      email: "",
      remember: false,
    });
    expect(interactionView(requiring({ loginHint: "ada@example.com" }), null)).toMatchObject({
      screen: "sign-in",
      email: "ada@example.com",
    });
    // Consent comes after a sign-in: signed out on the consent page, the sign-in first.
    expect(interactionView(CONSENT, null)).toMatchObject({ screen: "sign-in", again: null });
  });

  it("asks a signed-in person to sign in again, and says why, when the app requires it", () => {
    expect(interactionView(requiring({ fresh: true }), ACTIVE)).toEqual({
      screen: "sign-in",
      again: "fresh",
      email: "ada@example.com",
      remember: true,
    });
    expect(interactionView(requiring({ secondFactor: true }), ACTIVE)).toMatchObject({
      again: "second-step",
    });
    expect(interactionView(requiring({ secondFactor: true, fresh: true }), ACTIVE)).toMatchObject({
      again: "fresh-second-step",
    });
    // The session's address, not the app's hint: the session is whom the app gets.
    const hinted = requiring({ fresh: true, loginHint: "other@example.com" });
    expect(interactionView(hinted, ACTIVE)).toMatchObject({ email: "ada@example.com" });
    const session = { ...ACTIVE.session, persistent: false };
    expect(interactionView(requiring({ fresh: true }), { ...ACTIVE, session })).toMatchObject({
      remember: false,
    });
  });

  it("continues a pending sign-in with its second step, whatever the app asks", () => {
    for (const details of [LOGIN, CONSENT, requiring({ fresh: true, secondFactor: true })])
      expect(interactionView(details, PENDING)).toEqual({ screen: "second-step", me: PENDING });
  });

  it("says an account without two-step cannot give the second step an app requires", () => {
    const passwordOnly = { ...ACTIVE, twoFactorEnabled: false };
    expect(interactionView(requiring({ secondFactor: true }), passwordOnly)).toEqual({
      screen: "two-step-off",
    });
    expect(interactionView(requiring({ fresh: true }), passwordOnly)).toMatchObject({
      screen: "sign-in",
      again: "fresh",
    });
  });

  it("shows the consent to a signed-in person, with the account the app will see", () => {
    expect(interactionView(CONSENT, ACTIVE)).toEqual({
      screen: "consent",
      email: "ada@example.com",
    });
  });

  it("lets a person signed in as the app needs continue by hand, never in a loop", () => {
    expect(interactionView(LOGIN, ACTIVE)).toEqual({
      screen: "signed-in",
      email: "ada@example.com",
    });
  });

  it("leaves a password reset's session to its own page", () => {
    const reset: Me = { ...PENDING, session: { ...PENDING.session, purpose: "password_reset" } };
    expect(interactionView(LOGIN, reset)).toEqual({ screen: "reset-under-way" });
  });
});

describe("scopeLines", () => {
  it("lists the known scopes first in their order, then the others by name, each once", () => {
    expect(scopeLines(["custom:calendar", "email", "openid", "email", "offline_access"])).toEqual([
      { known: true, scope: "openid" },
      { known: true, scope: "email" },
      { known: true, scope: "offline_access" },
      { known: false, scope: "custom:calendar" },
    ]);
    expect(scopeLines([])).toEqual([]);
  });
});

describe("the interaction's pages", () => {
  const SIGNED_OUT: SessionState = {
    signedOut: true,
    signedIn: false,
    pending: false,
    passwordChangeRequired: false,
  };
  const ACTIVE_STATE: SessionState = { ...SIGNED_OUT, signedOut: false, signedIn: true };
  const query = "?interaction=abc";

  it("are the sign-in and consent pages with a request in the query", () => {
    expect(isInteractionPage("/sign-in", query)).toBe(true);
    expect(isInteractionPage(PATHS.signIn, query)).toBe(true);
    expect(isInteractionPage("/consent", query)).toBe(true);
    expect(isInteractionPage("/sign-in", "")).toBe(false);
    expect(isInteractionPage(PATHS.signIn, "")).toBe(false);
    expect(isInteractionPage(PATHS.profile, query)).toBe(false);
  });

  it("keep the person there signed out, pending or signed in; a required new password first", () => {
    for (const path of ["/sign-in", PATHS.signIn, "/consent"]) {
      expect(redirectFor(path, SIGNED_OUT, query)).toBeNull();
      expect(redirectFor(path, ACTIVE_STATE, query)).toBeNull();
      expect(redirectFor(path, { ...ACTIVE_STATE, pending: true }, query)).toBeNull();
      expect(redirectFor(path, { ...ACTIVE_STATE, passwordChangeRequired: true }, query)).toBe(
        PATHS.changePassword,
      );
    }
    // Without a request, the sign-in page is what it always was.
    expect(redirectFor(PATHS.signIn, ACTIVE_STATE, "")).toBe(PATHS.home);
    expect(redirectFor("/consent", SIGNED_OUT, "")).toBe(PATHS.signIn);
  });
});

describe("interactionReasonText", () => {
  it("says each reason in every language: the page's own, the API's, or a generic sentence", () => {
    for (const t of Object.values(MESSAGES)) {
      expect(interactionReasonText(t, "NOT_SIGNED_IN")).toBe(t.interaction.reasons.NOT_SIGNED_IN);
      expect(interactionReasonText(t, "SERVICE_UNAVAILABLE")).toBe(t.reasons.SERVICE_UNAVAILABLE);
      expect(interactionReasonText(t, "NETWORK")).toBe(t.reasons.NETWORK);
      expect(interactionReasonText(t, "SOMETHING_NEWER")).toBe(t.reasons.INTERNAL_ERROR);
    }
  });
});
