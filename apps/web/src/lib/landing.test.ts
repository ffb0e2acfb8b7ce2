import { describe, expect, it } from "vitest";
import { redirectFor, type SessionState } from "./landing";
import { PATHS } from "./paths";

const SIGNED_OUT: SessionState = {
  signedOut: true,
  signedIn: false,
  pending: false,
  passwordChangeRequired: false,
};
const LOADING: SessionState = { ...SIGNED_OUT, signedOut: false };
const ACTIVE: SessionState = { ...LOADING, signedIn: true };
const PENDING: SessionState = { ...ACTIVE, pending: true };
const MUST_CHANGE: SessionState = { ...ACTIVE, passwordChangeRequired: true };

describe("redirectFor", () => {
  it("sends a signed-out person to sign-in, except from sign-up", () => {
    expect(redirectFor(PATHS.profile, SIGNED_OUT)).toBe(PATHS.signIn);
    expect(redirectFor(PATHS.signUp, SIGNED_OUT)).toBeNull();
    expect(redirectFor(PATHS.signIn, SIGNED_OUT)).toBeNull();
  });

  it("moves nobody while the session is not known yet", () => {
    expect(redirectFor(PATHS.profile, LOADING)).toBeNull();
  });

  it("keeps a pending sign-in on the second step, and sends a signed-in person home", () => {
    expect(redirectFor(PATHS.profile, PENDING)).toBe(PATHS.verify);
    expect(redirectFor(PATHS.verify, PENDING)).toBeNull();
    expect(redirectFor(PATHS.signIn, ACTIVE)).toBe(PATHS.home);
    expect(redirectFor(PATHS.verify, ACTIVE)).toBe(PATHS.home);
    expect(redirectFor(PATHS.securityLog, ACTIVE)).toBeNull();
  });

  it("asks for a new password before any other page once 'This wasn't me' was used", () => {
    for (const path of [PATHS.home, PATHS.profile, PATHS.twoStep, PATHS.signIn, PATHS.verify])
      expect(redirectFor(path, MUST_CHANGE)).toBe(PATHS.changePassword);
    expect(redirectFor(PATHS.changePassword, MUST_CHANGE)).toBeNull();
    // The second step still comes first: the password may be changed only once signed in.
    expect(redirectFor(PATHS.changePassword, { ...MUST_CHANGE, pending: true })).toBe(PATHS.verify);
  });

  it("shows 'This wasn't me' whatever the session", () => {
    for (const session of [SIGNED_OUT, LOADING, ACTIVE, PENDING, MUST_CHANGE])
      expect(redirectFor(PATHS.notMe, session)).toBeNull();
  });

  it("leaves the forgot-password pages alone, whatever the session (a reset's own is pending there)", () => {
    for (const state of [SIGNED_OUT, PENDING, ACTIVE, MUST_CHANGE]) {
      expect(redirectFor(PATHS.forgotPassword, state)).toBeNull();
      expect(redirectFor(PATHS.resetPassword, state)).toBeNull();
    }
  });
});
