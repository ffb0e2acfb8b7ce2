import { useState } from "react";
import type { ReactNode } from "react";
import { CodeField } from "../components/CodeField";
import { ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { useSignInRoute } from "../lib/sign-in-complete";
import { useSubmit } from "../lib/use-submit";

/** The six digits of what was typed or pasted ("123 456", "Code: 123-456"), at most six. */
export function codeDigits(typed: string): string {
  return typed.replace(/\D/g, "").slice(0, 6);
}

/**
 * "Check your mail": the code of the mail confirms the address and signs in. `resend` sends
 * the mail again the way it was first sent (sign-up again, or sign-in with the password), so
 * asking again answers alike whether the address had an account or not.
 */
export function CheckMail({
  email,
  resend,
  onOtherAddress,
}: {
  email: string;
  resend: () => Promise<unknown>;
  onOtherAddress: () => void;
}): ReactNode {
  const { t } = useI18n();
  const v = t.verifyEmail;
  const route = useSignInRoute();
  const [code, setCode] = useState("");
  const [sentAgain, setSentAgain] = useState(false);
  const confirm = useSubmit(async () => {
    try {
      await api.auth.verifyEmail.mutate({ email, code });
      await route.complete();
    } finally {
      setCode("");
    }
  });
  const again = useSubmit(async () => {
    setSentAgain(false);
    await resend();
    setSentAgain(true);
  });
  const problem = confirm.problem ?? again.problem;
  return (
    <section className="card narrow" aria-labelledby="page-title">
      <h1 id="page-title">{v.title}</h1>
      <p>{v.sent(email)}</p>
      <form onSubmit={confirm.submit} noValidate>
        <CodeField
          kind="digits"
          label={v.codeLabel}
          hint={v.codeHint}
          value={code}
          onChange={(typed) => setCode(codeDigits(typed))}
          errorId={problem ? "verify-email-problem" : undefined}
        />
        <ProblemMessage id="verify-email-problem" problem={problem} />
        {sentAgain && (
          <p className="notice" role="status">
            {v.sentAgain}
          </p>
        )}
        <button type="submit" className="button primary wide" disabled={confirm.pending}>
          {v.submit}
        </button>
      </form>
      <p className="aside">
        {v.notThere}{" "}
        <button type="button" className="link-button" onClick={onOtherAddress}>
          {v.otherAddress}
        </button>
      </p>
      <button
        type="button"
        className="button wide"
        disabled={again.pending}
        onClick={() => again.submit()}
      >
        {v.sendAgain}
      </button>
    </section>
  );
}
