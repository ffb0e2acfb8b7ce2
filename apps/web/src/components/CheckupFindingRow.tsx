import type { ReactNode } from "react";
import type { Messages } from "../i18n/en";
import { useI18n } from "../i18n/i18n";
import { findingAction, type Finding } from "../lib/checkup";
import { Link } from "../lib/router";
import { deviceName } from "./SessionRows";

/** One recommendation of the check-up, in words, with the button that goes to fix it. */
export function CheckupFindingRow({ finding }: { finding: Finding }): ReactNode {
  const { t, date, dateTime } = useI18n();
  const action = findingAction(t, finding);
  const words = { date, dateTime };
  return (
    <li className="factor" data-testid="checkup-finding" data-kind={finding.kind}>
      <p>{findingText(t, finding, words)}</p>
      <Link to={action.to} className="button">
        {action.label}
      </Link>
    </li>
  );
}

function findingText(
  t: Messages,
  finding: Finding,
  words: { date: (iso: string) => string; dateTime: (iso: string) => string },
): string {
  const c = t.checkup;
  switch (finding.kind) {
    case "two_step_off":
      return c.twoStepOff;
    case "only_one_method":
      return c.onlyOneMethod;
    case "only_sms":
      return c.onlySMS;
    case "few_backup_codes":
      return c.fewBackupCodes(finding.remaining);
    case "no_recovery_address":
      return c.noRecoveryAddress;
    case "unused_method":
      return c.unusedMethod(
        `${t.methods[finding.factorKind]} “${finding.label}”`,
        words.date(finding.since),
        finding.used,
      );
    case "unusual_session":
      return c.unusualSession(
        deviceName(t, finding),
        finding.place,
        words.dateTime(finding.lastSeenAt),
      );
    case "unusual_trusted_browser":
      return c.unusualBrowser(
        deviceName(t, finding),
        finding.place,
        words.dateTime(finding.lastUsedAt),
      );
  }
}
