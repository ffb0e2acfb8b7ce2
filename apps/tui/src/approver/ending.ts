import type { Problem } from "@twofold/client";
import type { RequestState } from "@twofold/device/node";
import type { Locale } from "@twofold/i18n";
import { REASON_TEXT } from "@twofold/i18n";
import { APPROVER_TEXT } from "../lib/text-approver";

/** How a request left the screen. */
export type Ending = Exclude<RequestState, "waiting"> | "wrong_number";

/** What the approver says after a request: how it ended, or the reason the server gave. */
export type Outcome = { ending: Ending } | { problem: Problem };

/**
 * Worth sending again: the server was not reached (or said it cannot work right now). Any other
 * reason is the server's answer about the request, and sending again would not change it.
 */
export function isRetryable(problem: Problem): boolean {
  return problem.reason === "NETWORK" || problem.reason === "SERVICE_UNAVAILABLE";
}

/**
 * What the server's refusal of an answer says about the request: how it ended, or "ask" when
 * only the request's state tells (a retried answer may have arrived the first time, or the
 * sign-in ended); null for any other reason (shown as it is).
 */
export function endingOfRefusal(reason: Problem["reason"]): Ending | "ask" | null {
  switch (reason) {
    case "WRONG_NUMBER":
      return "wrong_number";
    case "PUSH_EXPIRED":
      return "expired";
    case "PUSH_ALREADY_ANSWERED":
    case "PUSH_REQUEST_NOT_FOUND":
      return "ask";
    default:
      return null;
  }
}

/** The sentence of an outcome, in `locale`. */
export function outcomeText(locale: Locale, outcome: Outcome): string {
  if ("ending" in outcome) return APPROVER_TEXT[locale].ended[outcome.ending];
  return REASON_TEXT[locale][outcome.problem.reason];
}
