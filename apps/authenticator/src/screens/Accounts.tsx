import { removeDevice } from "@twofold/device";
import { useState } from "react";
import { api, deviceOf, reason } from "../api";
import { deleteAccount, type StoredAccount } from "../shared/storage";
import { T, sentenceFor } from "../texts";
import { OfflineCode } from "./OfflineCode";
import { RecoveryNotice } from "./RecoveryNotice";

/** The accounts this phone approves sign-ins for; each with its offline code and removal. */
export function Accounts(props: {
  accounts: readonly StoredAccount[];
  onRemoved: (account: StoredAccount) => void;
}) {
  const [open, setOpen] = useState<{ deviceId: string; what: "code" | "remove" } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const remove = async (account: StoredAccount): Promise<void> => {
    try {
      await removeDevice(api, deviceOf(account));
    } catch (error) {
      const why = reason(error);
      // Already gone on the server: forgetting it here is all that is left to do.
      if (why !== "DEVICE_NOT_FOUND" && why !== "INVALID_SIGNATURE") {
        return setProblem(sentenceFor(why));
      }
    }
    await deleteAccount(account.deviceId);
    setOpen(null);
    props.onRemoved(account);
  };

  if (props.accounts.length === 0) return <p>{T.accounts.empty}</p>;
  return (
    <ul className="accounts" data-testid="account-list" aria-label={T.accounts.title}>
      {props.accounts.map((account) => {
        const here = open?.deviceId === account.deviceId ? open.what : null;
        return (
          <li key={account.deviceId} className="card">
            <p className="account">{account.account}</p>
            <p className="hint">{account.name}</p>
            <RecoveryNotice account={account} />
            {here === "code" && <OfflineCode account={account} onClose={() => setOpen(null)} />}
            {here === "remove" && (
              <div role="alertdialog" aria-labelledby={`remove-${account.deviceId}`}>
                <p id={`remove-${account.deviceId}`}>{T.accounts.removeConfirm(account.account)}</p>
                {problem && (
                  <p role="alert" className="problem">
                    {problem}
                  </p>
                )}
                <div className="actions">
                  <button type="button" className="danger" onClick={() => void remove(account)}>
                    {T.accounts.removeYes}
                  </button>
                  <button type="button" onClick={() => setOpen(null)}>
                    {T.accounts.cancel}
                  </button>
                </div>
              </div>
            )}
            {here === null && (
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  onClick={() => setOpen({ deviceId: account.deviceId, what: "code" })}
                >
                  {T.accounts.offline}
                </button>
                <button
                  type="button"
                  aria-label={`${T.accounts.remove}: ${account.account}`}
                  onClick={() => {
                    setProblem(null);
                    setOpen({ deviceId: account.deviceId, what: "remove" });
                  }}
                >
                  {T.accounts.remove}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
