import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import { MethodsCheckBanner } from "../components/MethodsCheckBanner";
import { Notice } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import type { Me } from "../lib/api";
import { takeFlash } from "../lib/flash";
import { Link, PATHS } from "../lib/router";

export function Home({ me }: { me: Me }): ReactNode {
  const { t } = useI18n();
  // Read in an effect: StrictMode runs state initializers twice and the flash is read once.
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    const flash = takeFlash();
    if (flash) setNotice(flash);
  }, []);
  return (
    <>
      <Notice message={notice} />
      <section className="card" aria-labelledby="page-title">
        <h1 id="page-title">{t.home.greeting(me.user.displayName || me.user.email)}</h1>
        <p>{t.home.intro}</p>
        <p className={me.twoFactorEnabled ? "status on" : "status off"}>
          {me.twoFactorEnabled ? t.home.twoStepOn : t.home.twoStepOff}
        </p>
        <Link to={PATHS.profile} className="button primary">
          {t.home.manageProfile}
        </Link>
      </section>
      {me.twoFactorEnabled && <MethodsCheckBanner />}
    </>
  );
}
