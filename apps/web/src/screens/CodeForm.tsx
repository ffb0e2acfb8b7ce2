import { useState } from "react";
import type { ReactNode } from "react";
import { CodeField } from "../components/CodeField";
import { ProblemMessage } from "../components/ProblemMessage";
import type { Messages } from "../i18n/en";
import { useI18n } from "../i18n/i18n";
import { api, type SecondFactorKind } from "../lib/api";
import { setFlash } from "../lib/flash";
import { useSignInComplete } from "../lib/sign-in-complete";
import { useSubmit } from "../lib/use-submit";

type CodeMethod = Exclude<SecondFactorKind, "webauthn" | "push"> | "device_code";

/** What the field is called and where the code comes from, for each kind of code. */
function fieldText(t: Messages, method: CodeMethod): { label: string; hint: string } {
  const s = t.secondFactor;
  switch (method) {
    case "totp":
      return { label: s.totpLabel, hint: s.totpHint };
    case "backup_code":
      return { label: s.backupLabel, hint: s.backupHint };
    case "device_code":
      return { label: s.deviceCodeLabel, hint: s.deviceCodeHint };
    case "sms":
      return { label: s.smsLabel, hint: s.smsHint };
  }
}

/**
 * A typed code: from an OTP app, a backup code, the code an authenticator device shows offline,
 * or the code of a text message.
 */
export function CodeForm({ method }: { method: CodeMethod }): ReactNode {
  const { t } = useI18n();
  const complete = useSignInComplete();
  const [code, setCode] = useState("");
  const { submit, pending, problem } = useSubmit(async () => {
    try {
      if (method === "totp") await api.auth.verifyTOTP.mutate({ code });
      else if (method === "device_code") await api.auth.verifyDeviceCode.mutate({ code });
      else if (method === "sms") await api.auth.verifySMSCode.mutate({ code });
      else {
        const { remaining } = await api.auth.verifyBackupCode.mutate({ code });
        setFlash(t.secondFactor.remainingAfter(remaining)); // read once, by Home
      }
      await complete();
    } finally {
      setCode("");
    }
  });
  const { label, hint } = fieldText(t, method);
  return (
    <form onSubmit={submit} noValidate>
      <CodeField
        kind={method === "backup_code" ? "backup" : "digits"}
        label={label}
        hint={hint}
        value={code}
        onChange={setCode}
        errorId={problem ? "code-problem" : undefined}
      />
      <ProblemMessage id="code-problem" problem={problem} />
      <button type="submit" className="button primary wide" disabled={pending}>
        {t.secondFactor.submit}
      </button>
    </form>
  );
}
