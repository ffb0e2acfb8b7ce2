import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { Link, PATHS, type AppPath } from "../lib/router";

/**
 * The frame of a page under "Manage my profile": the way back (to the profile unless said; none
 * with `back={null}`), and the page's title.
 */
export function SettingsPage({
  title,
  back,
  children,
}: {
  title: string;
  back?: { to: AppPath; label: string } | null;
  children: ReactNode;
}): ReactNode {
  const { t } = useI18n();
  const way = back === undefined ? { to: PATHS.profile, label: t.twoStep.back } : back;
  return (
    <>
      {way && (
        <nav aria-label={t.stumbles.breadcrumb} className="breadcrumb">
          <Link to={way.to}>{way.label}</Link>
        </nav>
      )}
      <h1 id="page-title" className="page-title">
        {title}
      </h1>
      {children}
    </>
  );
}
