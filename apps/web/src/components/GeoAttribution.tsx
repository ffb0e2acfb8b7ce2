import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";

/**
 * "IP geolocation by DB-IP", linked: the shipped location database's licence (CC BY 4.0) asks
 * for it on every page that shows a place it gave. Shown only where a place is on the page.
 */
export function GeoAttribution(): ReactNode {
  const { t } = useI18n();
  return (
    <p className="muted geo-attribution" data-testid="geo-attribution">
      {t.place.attribution} <a href="https://db-ip.com">DB-IP</a>
    </p>
  );
}
