import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import type { Me } from "../lib/api";
import { useBrowserPolicy } from "../lib/queries";
import { Link, PATHS, type AppPath } from "../lib/router";

/** "Manage my profile": who the person is, and the "Security and recovery" box. */
export function Profile({ me }: { me: Me }): ReactNode {
  const { t, date } = useI18n();
  const policy = useBrowserPolicy();
  const onOff = (on: boolean): ReactNode => (
    <span className={on ? "pill on" : "pill off"}>{on ? t.profile.on : t.profile.off}</span>
  );
  return (
    <>
      <h1 id="page-title" className="page-title">
        {t.profile.title}
      </h1>
      <section className="card" aria-labelledby="personal-title">
        <h2 id="personal-title">{t.profile.personal}</h2>
        <dl className="facts">
          <dt>{t.profile.name}</dt>
          <dd>{me.user.displayName}</dd>
          <dt>{t.profile.email}</dt>
          <dd>{me.user.email}</dd>
          <dt>{t.profile.memberSince}</dt>
          <dd>{date(me.user.createdAt)}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="security-title">
        <h2 id="security-title">{t.profile.security}</h2>
        <p className="muted">{t.profile.securityIntro}</p>
        <ul className="add-methods">
          <SecurityLink to={PATHS.checkup} title={t.checkup.title} hint={t.checkup.rowHint} />
          <SecurityLink to={PATHS.twoStep} title={t.profile.twoStep}>
            {onOff(me.twoFactorEnabled)}
          </SecurityLink>
          <SecurityLink
            to={PATHS.recoveryContacts}
            title={t.recoveryContacts.title}
            hint={t.recoveryContacts.rowHint}
          />
          <SecurityLink
            to={PATHS.appPasswords}
            title={t.appPasswords.title}
            hint={t.appPasswords.rowHint}
          />
          <SecurityLink to={PATHS.sessions} title={t.sessions.title} hint={t.sessions.rowHint} />
          <SecurityLink
            to={PATHS.securityLog}
            title={t.securityLog.title}
            hint={t.securityLog.rowHint}
          />
          <SecurityLink to={PATHS.browserLaunch} title={t.browserLaunch.title}>
            {policy.data && onOff(policy.data === "session_only")}
          </SecurityLink>
          <SecurityLink
            to={PATHS.changePassword}
            title={t.changePassword.title}
            hint={t.changePassword.rowHint}
          />
        </ul>
      </section>
    </>
  );
}

/** One line of "Security and recovery": a page, what it is about, and its state when it has one. */
function SecurityLink({
  to,
  title,
  hint,
  children,
}: {
  to: AppPath;
  title: string;
  hint?: string;
  children?: ReactNode;
}): ReactNode {
  return (
    <li>
      <Link to={to} className="row-link">
        <span>
          <span className="row-title">{title}</span>
          {hint && <span className="muted">{hint}</span>}
        </span>
        {children ?? <span aria-hidden="true">›</span>}
      </Link>
    </li>
  );
}
