import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import type { Me } from "../lib/api";
import { Link, PATHS } from "../lib/router";

/** "Manage my profile": who the person is, and the "Security and recovery" box. */
export function Profile({ me }: { me: Me }): ReactNode {
  const { t, date } = useI18n();
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
        <Link to={PATHS.twoStep} className="row-link">
          <span>{t.profile.twoStep}</span>
          <span className={me.twoFactorEnabled ? "pill on" : "pill off"}>
            {me.twoFactorEnabled ? t.profile.on : t.profile.off}
          </span>
        </Link>
      </section>
    </>
  );
}
