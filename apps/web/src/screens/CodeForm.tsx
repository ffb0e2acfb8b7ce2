import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { CodeField } from "../components/CodeField";
import { ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import { api, type SecondFactorKind } from "../lib/api";
import { setFlash } from "../lib/flash";
import { sessionStarted } from "../lib/queries";
import { navigate, PATHS } from "../lib/router";
import { useSubmit } from "../lib/use-submit";

/** A typed code: from an OTP app, a backup code, or the code an authenticator device shows offline. */
export function CodeForm({
  method,
}: {
  method: Exclude<SecondFactorKind, "webauthn" | "push"> | "device_code";
}): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [code, setCode] = useState("");
  const { submit, pending, problem } = useSubmit(async () => {
    try {
      if (method === "totp") await api.auth.verifyTOTP.mutate({ code });
      else if (method === "device_code") await api.auth.verifyDeviceCode.mutate({ code });
      else {
        const { remaining } = await api.auth.verifyBackupCode.mutate({ code });
        setFlash(t.secondFactor.remainingAfter(remaining)); // read once, by Home
      }
      await sessionStarted(queryClient);
      navigate(PATHS.home, { replace: true });
    } finally {
      setCode("");
    }
  });
  const totp = method !== "backup_code";
  return (
    <form onSubmit={submit} noValidate>
      <CodeField
        kind={totp ? "digits" : "backup"}
        label={
          method === "device_code"
            ? t.secondFactor.deviceCodeLabel
            : totp
              ? t.secondFactor.totpLabel
              : t.secondFactor.backupLabel
        }
        hint={
          method === "device_code"
            ? t.secondFactor.deviceCodeHint
            : totp
              ? t.secondFactor.totpHint
              : t.secondFactor.backupHint
        }
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
