import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { GeoAttribution } from "../components/GeoAttribution";
import { Notice, ProblemMessage } from "../components/ProblemMessage";
import { SessionRow, TrustedBrowserRow } from "../components/SessionRows";
import { SettingsPage } from "../components/SettingsPage";
import { useI18n } from "../i18n/i18n";
import { api, problemOf } from "../lib/api";
import {
  SESSIONS,
  sessionEnded,
  TRUSTED_BROWSERS,
  useSessions,
  useTrustedBrowsers,
} from "../lib/queries";
import { navigate, PATHS } from "../lib/router";
import { useAction } from "../lib/use-action";
import { LoadedList } from "../components/LoadedList";

/**
 * Manage my profile -> Security and recovery -> Where you're signed in: the sessions (this
 * browser marked), each signed out on its own or all the others at once; then the browsers
 * trusted to skip the second step.
 */
export function Sessions(): ReactNode {
  const { t } = useI18n();
  const s = t.sessions;
  const sessions = useSessions();
  const trusted = useTrustedBrowsers();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const others = useAction();

  const refresh = async (message: string): Promise<void> => {
    setNotice(message);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: SESSIONS }),
      queryClient.invalidateQueries({ queryKey: TRUSTED_BROWSERS }),
    ]);
  };
  const signedOut = async ({ name, signedOut }: { name: string; signedOut: boolean }) => {
    if (!signedOut) return refresh(s.signedOut(name));
    // This browser's own session: nothing of the person stays, and the sign-in page comes.
    const ended = sessionEnded(queryClient);
    navigate(PATHS.signIn, { replace: true });
    await ended;
  };

  // This browser first, then the others as the server gave them (most recently active first).
  const list =
    sessions.data && [...sessions.data].sort((x, y) => Number(y.current) - Number(x.current));
  const hasOthers = list?.some((session) => !session.current) ?? false;
  return (
    <SettingsPage title={s.title}>
      <Notice message={notice} />
      <section className="card" aria-labelledby="page-title">
        <p>{s.intro}</p>
        {sessions.error ? (
          <ProblemMessage id="sessions-problem" problem={problemOf(sessions.error)} />
        ) : !list ? (
          <p className="muted">{t.app.loading}</p>
        ) : (
          <>
            <p className="muted" data-testid="session-count">
              {s.count(list.length)}
            </p>
            <ul className="factors">
              {list.map((session) => (
                <SessionRow
                  key={session.id}
                  session={session}
                  onSignedOut={(outcome) => void signedOut(outcome)}
                />
              ))}
            </ul>
            {hasOthers && (
              <div className="actions list-actions">
                <button
                  type="button"
                  className="button danger"
                  aria-disabled={others.pending}
                  onClick={() =>
                    others.run(async () => {
                      const { ended } = await api.sessions.revokeOthers.mutate();
                      await refresh(s.signedOutOthers(ended));
                    })
                  }
                >
                  {s.signOutOthers}
                </button>
              </div>
            )}
            <ProblemMessage id="sign-out-others-problem" problem={others.problem} reserved />
          </>
        )}
      </section>

      <section className="card" aria-labelledby="trusted-title">
        <h2 id="trusted-title">{s.trustedTitle}</h2>
        <p className="muted">{s.trustedIntro}</p>
        <LoadedList query={trusted} problemId="trusted-problem" empty={s.noTrusted}>
          {(browsers) => (
            <ul className="factors">
              {browsers.map((browser) => (
                <TrustedBrowserRow
                  key={browser.id}
                  browser={browser}
                  onForgotten={(m) => void refresh(m)}
                />
              ))}
            </ul>
          )}
        </LoadedList>
      </section>
      {list?.some((session) => session.place) && <GeoAttribution />}
    </SettingsPage>
  );
}
