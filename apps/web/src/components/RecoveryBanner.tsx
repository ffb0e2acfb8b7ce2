import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { RECOVERY, SECURITY_LOG } from "../lib/queries";
import { useSubmit } from "../lib/use-submit";
import { ProblemMessage } from "./ProblemMessage";

/**
 * A pending recovery of the account, on every page of the signed-in person, with its end and
 * "Cancel this recovery" (one step: no password asked). Cancelled for good.
 */
export function RecoveryBanner(): ReactNode {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: RECOVERY, queryFn: () => api.recovery.status.query() });
  const [cancelled, setCancelled] = useState(false);
  const { submit, pending, problem } = useSubmit(async () => {
    await api.recovery.cancel.mutate();
    setCancelled(true);
    await Promise.all(
      [RECOVERY, SECURITY_LOG].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  });
  if (cancelled)
    return (
      <p className="notice" role="status">
        {t.recovery.cancelled}
      </p>
    );
  if (!status.data?.pending) return null;
  return (
    <div className="warning recovery-banner" role="alert" data-testid="recovery-banner">
      <p>{t.recovery.banner(dateTime(status.data.endsAt))}</p>
      <ProblemMessage id="recovery-cancel-problem" problem={problem} />
      <button
        type="button"
        className="button primary"
        aria-disabled={pending}
        onClick={() => submit()}
      >
        {t.recovery.cancel}
      </button>
    </div>
  );
}
