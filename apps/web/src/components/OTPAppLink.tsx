import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";

/**
 * "Open in your authenticator app": the otpauth:// URI as a link, which the phone's (or the
 * computer's) authenticator app takes over. On a phone it is the main way, a wide button with
 * its reason before the QR code; on a computer a plain link after it.
 */
export function OTPAppLink({ uri, on }: { uri: string; on: "phone" | "computer" }): ReactNode {
  const { t } = useI18n();
  if (on === "computer")
    return (
      <p className="otp-app-link">
        {t.otpLink.computer} <a href={uri}>{t.otpLink.open}</a>
      </p>
    );
  return (
    <>
      <a className="button primary wide" href={uri} aria-describedby="otp-app-link-hint">
        {t.otpLink.open}
      </a>
      <p id="otp-app-link-hint" className="hint">
        {t.otpLink.phoneHint}
      </p>
    </>
  );
}
