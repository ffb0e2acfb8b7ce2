import { cancelRecovery, recoveryStatus, type DeviceRecoveryStatus } from "@twofold/device";
import { useEffect, useState } from "react";
import { api, deviceOf, reason } from "../api";
import type { StoredAccount } from "../shared/storage";
import { LANGUAGE, T, sentenceFor } from "../texts";

/** How often a pending recovery is looked for while the app is open. */
const EVERY_MS = 60_000;

/**
 * A pending recovery of this account (someone who lost, or says they lost, every method): when
 * it ends, and "Cancel this recovery", signed by this phone's key, in one tap.
 */
export function RecoveryNotice({ account }: { account: StoredAccount }) {
  const [status, setStatus] = useState<DeviceRecoveryStatus>({ pending: false });
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const look = (): void => {
      recoveryStatus(api, deviceOf(account))
        .then((next) => live && setStatus(next))
        // Offline or no longer enrolled: nothing to show (the list says the rest).
        .catch(() => undefined);
    };
    look();
    const timer = setInterval(look, EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [account]);

  const cancel = async (): Promise<void> => {
    try {
      await cancelRecovery(api, deviceOf(account));
      setStatus({ pending: false });
      setNotice(T.recovery.cancelled);
    } catch (error) {
      const why = reason(error);
      if (why === "RECOVERY_NOT_PENDING") setStatus({ pending: false });
      else setProblem(sentenceFor(why));
    }
  };

  if (notice) return <p role="status">{notice}</p>;
  if (!status.pending) return null;
  const when = new Date(status.endsAt).toLocaleString(LANGUAGE, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <div role="alert" className="recovery" data-testid="pending-recovery">
      <p>{T.recovery.pending(when)}</p>
      {problem && <p className="problem">{problem}</p>}
      <button type="button" className="danger" onClick={() => void cancel()}>
        {T.recovery.cancel}
      </button>
    </div>
  );
}
