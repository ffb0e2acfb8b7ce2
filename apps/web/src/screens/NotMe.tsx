import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { notMeAboutText } from "../lib/not-me";
import { sessionEnded } from "../lib/queries";
import { Link, PATHS } from "../lib/router";
import { useSubmit } from "../lib/use-submit";

/** The token of the email's link; read once, the address does not change on this page. */
function linkToken(): string {
  return new URLSearchParams(window.location.search).get("token")?.trim() ?? "";
}

/**
 * "This wasn't me", opened from a notification email, signed in or not. Opening the page does
 * nothing (mail scanners fetch links before the person does): the button does it.
 */
export function NotMe(): ReactNode {
  const { t } = useI18n();
  const n = t.notMe;
  const queryClient = useQueryClient();
  const [token] = useState(linkToken);
  const [ended, setEnded] = useState<number | null>(null);
  const [about, setAbout] = useState<string[]>([]);
  const { submit, pending, problem } = useSubmit(async () => {
    const done = await api.account.reportNotMe.mutate({ token });
    setEnded(done.sessionsEnded);
    setAbout(notMeAboutText(t, done.about));
    // This browser's session, if it had one, is gone too: nothing of it stays on screen.
    await sessionEnded(queryClient);
  });

  if (ended !== null) {
    return (
      <section className="card narrow not-me" aria-labelledby="page-title">
        <h1 id="page-title">{n.doneTitle}</h1>
        <div className="notice" role="status">
          {[n.done(ended), ...about].map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <p>{n.next}</p>
        <Link to={PATHS.signIn} className="button primary">
          {n.signIn}
        </Link>
      </section>
    );
  }

  const invalid = token === "" || problem?.reason === "LINK_INVALID";
  return (
    <section className="card narrow not-me" aria-labelledby="page-title">
      <h1 id="page-title">{n.title}</h1>
      {invalid ? (
        <>
          <ProblemMessage id="not-me-problem" problem={{ reason: "LINK_INVALID" }} />
          <p>{n.invalid}</p>
          <Link to={PATHS.signIn} className="button primary">
            {n.signIn}
          </Link>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{n.intro}</p>
          <ul className="not-me-steps">
            {n.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
          <p className="muted">{n.keeps}</p>
          <ProblemMessage id="not-me-problem" problem={problem} />
          <button type="submit" className="button danger wide" disabled={pending}>
            {n.submit}
          </button>
        </form>
      )}
    </section>
  );
}
