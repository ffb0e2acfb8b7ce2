import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import { AppPasswordRow } from "../components/AppPasswordRow";
import { Dialog } from "../components/Dialog";
import { LoadedList } from "../components/LoadedList";
import { Notice, ProblemMessage } from "../components/ProblemMessage";
import { SettingsPage } from "../components/SettingsPage";
import { useI18n } from "../i18n/i18n";
import { api, type Me } from "../lib/api";
import { takeFlash } from "../lib/flash";
import { APP_PASSWORDS, useAppPasswords } from "../lib/queries";
import { Link, PATHS } from "../lib/router";
import { useAction } from "../lib/use-action";

/**
 * Manage my profile -> Security and recovery -> Application passwords: why they exist, the
 * list, revoke one or all, and the way to create one.
 */
export function AppPasswords({ me }: { me: Me }): ReactNode {
  const { t } = useI18n();
  const a = t.appPasswords;
  const list = useAppPasswords();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    const flash = takeFlash();
    if (flash) setNotice(flash);
  }, []);
  const changed = async (message: string): Promise<void> => {
    setNotice(message);
    await queryClient.invalidateQueries({ queryKey: APP_PASSWORDS });
  };
  const now = new Date();

  return (
    <SettingsPage title={a.title}>
      <Notice message={notice} />
      <div className="card">
        <p>{a.why}</p>
        <p className="muted">{a.web}</p>
        {!me.twoFactorEnabled && <p className="warning">{a.twoStepOff}</p>}
        <Link to={PATHS.newAppPassword} className="button primary">
          {a.create}
        </Link>
      </div>
      <section className="card" aria-labelledby="app-passwords-title">
        <h2 id="app-passwords-title">{a.yours}</h2>
        <LoadedList query={list} problemId="app-passwords-problem" empty={a.none}>
          {(items) => (
            <>
              <ul className="factors">
                {items.map((item) => (
                  <AppPasswordRow
                    key={item.id}
                    item={item}
                    now={now}
                    onRevoked={(m) => void changed(m)}
                  />
                ))}
              </ul>
              <RevokeAll onRevoked={(m) => void changed(m)} />
            </>
          )}
        </LoadedList>
      </section>
    </SettingsPage>
  );
}

/** "Revoke all", after a confirmation. */
function RevokeAll({ onRevoked }: { onRevoked: (message: string) => void }): ReactNode {
  const { t } = useI18n();
  const a = t.appPasswords;
  const [asking, setAsking] = useState(false);
  const { run, pending, problem } = useAction();
  return (
    <div className="actions list-actions">
      <button type="button" className="button danger" onClick={() => setAsking(true)}>
        {a.revokeAll}
      </button>
      {asking && (
        <Dialog title={a.revokeAllTitle} onClose={() => setAsking(false)}>
          <p>{a.revokeAllText}</p>
          <ProblemMessage id="revoke-all-problem" problem={problem} />
          <div className="actions">
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {a.cancel}
            </button>
            <button
              type="button"
              className="button danger"
              aria-disabled={pending}
              onClick={() =>
                run(async () => {
                  const { revoked } = await api.appPasswords.revokeAll.mutate();
                  setAsking(false);
                  onRevoked(a.revokedAll(revoked));
                })
              }
            >
              {a.revokeAll}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
