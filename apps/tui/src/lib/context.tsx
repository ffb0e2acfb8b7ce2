import { createContext, useContext } from "react";
import type { ApiClient, FactorView, Me } from "@twofold/client";
import type { BrowserPolicy } from "./text";
import type { TokenStore } from "./token-store";

export type Route =
  | { name: "loading" }
  | { name: "offline" }
  | { name: "welcome" }
  | { name: "signIn" }
  | { name: "signUp" }
  | { name: "forgotPassword" }
  /** "I can't use any of my methods": `email` when it comes from a sign-in. */
  | { name: "recover"; email?: string }
  | { name: "secondFactor"; me: Me }
  | { name: "settings"; notice?: string }
  | { name: "factor"; factor: FactorView; last: boolean }
  | { name: "addTOTP" }
  | { name: "addKey" }
  | { name: "addSMS" }
  | { name: "enrollDevice" }
  | { name: "addDevice" }
  | { name: "codes"; codes: string[] }
  | { name: "log" }
  | { name: "appPasswords"; notice?: string }
  | { name: "newAppPassword" }
  | { name: "sessions" }
  | { name: "recoveryContacts" }
  | { name: "checkup" }
  | { name: "browserPolicy"; policy: BrowserPolicy }
  /** `required`: someone used "this wasn't me"; a new password comes before anything else. */
  | { name: "changePassword"; required?: boolean; notice?: string };

export interface StepUpOptions {
  /** Ask to confirm it is you before the change (the step-up screen), saying what it does. */
  askFirst?: string;
}

export interface AppContextValue {
  api: ApiClient;
  server: string;
  store: TokenStore;
  go: (route: Route) => void;
  /** After a sign-in step or on start: asks the server who we are and shows the right screen. */
  resume: (notice?: string) => Promise<void>;
  /** Forgets the session token and shows the welcome screen. */
  forget: () => void;
  /**
   * Runs a security change; when the server answers REAUTH_REQUIRED (or before, with
   * `askFirst`) asks to confirm it is you with one of the person's strong methods (the
   * step-up screen) and retries once. Null when the person gave up.
   */
  stepUp: <T>(action: () => Promise<T>, options?: StepUpOptions) => Promise<T | null>;
  /** False while the step-up screen is over the screen: the screen's keys are off. */
  inputEnabled: boolean;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useTwofold(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error("outside AppContext");
  return value;
}
