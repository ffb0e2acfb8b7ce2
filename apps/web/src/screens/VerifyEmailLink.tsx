import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { sessionStarted } from "../lib/queries";
import { Link, navigate, PATHS } from "../lib/router";
import { useSubmit } from "../lib/use-submit";
import { codeDigits } from "./CheckMail";

/** The address and code of the mail's link, from its fragment (never sent to a server). */
function linkFragment(): { email: string; code: string } {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  return {
    email: fragment.get("email")?.trim() ?? "",
    code: codeDigits(fragment.get("code") ?? ""),
  };
}

/**
 * The page the sign-up mail's link opens. Opening it does nothing (mail scanners fetch links
 * before the person does): the button confirms the address and signs in.
 */
export function VerifyEmailLink(): ReactNode {
  const { t } = useI18n();
  const v = t.verifyEmail;
  const queryClient = useQueryClient();
  const [{ email, code }] = useState(linkFragment);
  const { submit, pending, problem } = useSubmit(async () => {
    await api.auth.verifyEmail.mutate({ email, code });
    await sessionStarted(queryClient);
    navigate(PATHS.home, { replace: true });
  });
  const complete = email !== "" && code.length === 6;
  return (
    <section className="card narrow" aria-labelledby="page-title">
      <h1 id="page-title">{v.linkTitle}</h1>
      {complete ? (
        <form onSubmit={submit} noValidate>
          <p>{v.linkText(email)}</p>
          <ProblemMessage id="verify-link-problem" problem={problem} />
          {problem?.reason === "INVALID_CODE" && <p>{v.linkFailed}</p>}
          <button type="submit" className="button primary wide" disabled={pending}>
            {v.linkSubmit}
          </button>
        </form>
      ) : (
        <p>{v.linkInvalid}</p>
      )}
      <p className="aside">
        <Link to={PATHS.signUp}>{v.signUp}</Link>
      </p>
    </section>
  );
}
