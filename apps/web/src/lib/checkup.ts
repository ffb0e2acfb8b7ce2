import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import type { Messages } from "../i18n/en";
import { api, type Outputs } from "./api";
import { PATHS, type AppPath } from "./router";

export const CHECKUP = ["checkup"] as const;

export type CheckupView = Outputs["checkup"]["status"];
export type Finding = CheckupView["findings"][number];

/** The check-up: what protects the account, the recommendations, and the 30-day question. */
export function useCheckup(): UseQueryResult<CheckupView> {
  return useQuery({ queryKey: CHECKUP, queryFn: () => api.checkup.status.query() });
}

/** Where each recommendation's button goes, and what it says. */
export function findingAction(t: Messages, finding: Finding): { to: AppPath; label: string } {
  const c = t.checkup;
  switch (finding.kind) {
    case "two_step_off":
      return { to: PATHS.twoStep, label: c.turnOn };
    case "only_one_method":
      return { to: PATHS.twoStep, label: c.addMethod };
    case "only_sms":
      return { to: PATHS.twoStep, label: c.addStronger };
    case "few_backup_codes":
      return { to: PATHS.twoStep, label: c.newCodes };
    case "no_recovery_address":
      return { to: PATHS.recoveryContacts, label: c.addAddress };
    case "unused_method":
      return { to: PATHS.twoStep, label: c.reviewMethods };
    case "unusual_session":
      return { to: PATHS.sessions, label: c.reviewSessions };
    case "unusual_trusted_browser":
      return { to: PATHS.sessions, label: c.reviewBrowsers };
  }
}
