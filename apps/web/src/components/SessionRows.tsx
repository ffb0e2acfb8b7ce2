import type { ReactNode } from "react";
import type { Messages } from "../i18n/en";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import type { SessionView, TrustedBrowserView } from "../lib/queries";
import { useAction } from "../lib/use-action";
import { ProblemMessage } from "./ProblemMessage";

/** "Firefox on Windows"; a browser the server did not recognise is an "Unknown browser". */
export function deviceName(
  t: Messages,
  device: { browser: string | null; os: string | null },
): string {
  return t.sessions.device(device.browser ?? t.sessions.unknownBrowser, device.os);
}

/** One signed-in session: where, from which address, since when, and Sign out. */
export function SessionRow({
  session,
  onSignedOut,
}: {
  session: SessionView;
  onSignedOut: (outcome: { name: string; signedOut: boolean }) => void;
}): ReactNode {
  const { t, dateTime } = useI18n();
  const s = t.sessions;
  const name = deviceName(t, session);
  const { run, pending, problem } = useAction();
  return (
    <li className={session.current ? "factor current" : "factor"} data-testid="session-row">
      <div className="factor-main">
        <p className="factor-name">
          {name}
          {session.current && (
            <>
              {/* Read as "Chrome on Linux, This browser", not run together. */}
              <span className="visually-hidden">, </span>
              <span className="pill tag">{s.thisBrowser}</span>
            </>
          )}
        </p>
        <dl className="factor-dates">
          <dt>{s.ip}</dt>
          <dd data-testid="session-address">
            {session.place ? `${session.ip} (${t.place.near(session.place)})` : session.ip}
          </dd>
          <dt>{s.started}</dt>
          <dd>{dateTime(session.createdAt)}</dd>
          <dt>{s.lastSeen}</dt>
          <dd>{dateTime(session.lastSeenAt)}</dd>
          <dt>{s.lasts}</dt>
          <dd>{session.persistent ? s.persistent : s.untilClosed}</dd>
          {session.apps.length > 0 && (
            <>
              <dt>{s.apps}</dt>
              <dd data-testid="session-apps">{session.apps.map((a) => a.name).join(", ")}</dd>
            </>
          )}
        </dl>
      </div>
      <div className="actions">
        <button
          type="button"
          className="button"
          aria-label={`${s.signOut}: ${session.current ? `${name} (${s.thisBrowser})` : name}`}
          aria-disabled={pending}
          onClick={() =>
            run(async () => {
              const { signedOut } = await api.sessions.revoke.mutate({ id: session.id });
              onSignedOut({ name, signedOut });
            })
          }
        >
          {s.signOut}
        </button>
      </div>
      <ProblemMessage id={`session-${session.id}-problem`} problem={problem} reserved />
    </li>
  );
}

/** One trusted browser: where, since and until when; Stop trusting. */
export function TrustedBrowserRow({
  browser,
  onForgotten,
}: {
  browser: TrustedBrowserView;
  onForgotten: (message: string) => void;
}): ReactNode {
  const { t, dateTime } = useI18n();
  const s = t.sessions;
  const name = deviceName(t, browser);
  const { run, pending, problem } = useAction();
  return (
    <li className="factor" data-testid="trusted-browser-row">
      <div className="factor-main">
        <p className="factor-name">{name}</p>
        <dl className="factor-dates">
          <dt>{s.ip}</dt>
          <dd>{browser.ip}</dd>
          <dt>{s.trustedSince}</dt>
          <dd>{dateTime(browser.createdAt)}</dd>
          <dt>{s.lastUsed}</dt>
          <dd>{dateTime(browser.lastUsedAt)}</dd>
          <dt>{s.trustedUntil}</dt>
          <dd>{dateTime(browser.expiresAt)}</dd>
        </dl>
      </div>
      <div className="actions">
        <button
          type="button"
          className="button danger"
          aria-label={`${s.forget}: ${name}`}
          aria-disabled={pending}
          onClick={() =>
            run(async () => {
              await api.trustedBrowsers.revoke.mutate({ id: browser.id });
              onForgotten(s.forgotten(name));
            })
          }
        >
          {s.forget}
        </button>
      </div>
      <ProblemMessage id={`trusted-${browser.id}-problem`} problem={problem} reserved />
    </li>
  );
}
