import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import type { InteractionDetails } from "../lib/interaction";
import { scopeLines } from "../lib/interaction-view";

/**
 * A third-party app asks for the account: what it will see, as sentences (a scope this build
 * does not know is shown by name), whose account, then Deny or Allow.
 */
export function Consent({
  details,
  email,
  decide,
  pending,
}: {
  details: InteractionDetails;
  email: string;
  decide: (decision: "allow" | "deny") => void;
  pending: boolean;
}): ReactNode {
  const { t } = useI18n();
  const c = t.consent;
  const app = details.client.name;
  return (
    <section className="card narrow" aria-labelledby="page-title">
      <h1 id="page-title">{c.title(app)}</h1>
      <p id="consent-wants">{c.wants(app)}</p>
      <ul className="consent-scopes" aria-labelledby="consent-wants">
        {scopeLines(details.scopes).map((line) => (
          <li key={line.scope}>{line.known ? c.scopes[line.scope] : c.unknownScope(line.scope)}</li>
        ))}
      </ul>
      <p>{c.account(app, email)}</p>
      <p className="muted">{c.trust}</p>
      <div className="actions">
        {(["deny", "allow"] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            className={choice === "allow" ? "button primary" : "button"}
            aria-disabled={pending}
            onClick={() => decide(choice)}
          >
            {c[choice]}
          </button>
        ))}
      </div>
    </section>
  );
}
