import type { ReactNode } from "react";
import type { Messages } from "../i18n/en";
import { useI18n } from "../i18n/i18n";
import type { FactorView } from "../lib/api";
import { STRONGER_THAN_SMS } from "../lib/methods";
import { Link } from "../lib/router";

/** The title of the page that adds a method of this kind ("Add a security key"). */
function addTitle(t: Messages, kind: FactorView["kind"]): string {
  switch (kind) {
    case "totp":
      return t.addTOTP.title;
    case "webauthn":
      return t.addKey.title;
    case "push":
      return t.addDevice.title;
    case "sms":
      return t.addSMS.title;
  }
}

/**
 * Says plainly that SMS is the weakest method (interception, SIM swap) and links to the pages
 * that add a stronger one. `level` keeps the page's headings in order where the note is placed.
 */
export function SMSWeakNote({ level }: { level: 2 | 3 }): ReactNode {
  const { t } = useI18n();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className="warning sms-weak" aria-labelledby="sms-weak-title">
      <Heading id="sms-weak-title">{t.sms.weakTitle}</Heading>
      <p>{t.sms.weakText}</p>
      <ul>
        {STRONGER_THAN_SMS.map((m) => (
          <li key={m.kind}>
            <Link to={m.path}>{addTitle(t, m.kind)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
