import { useEffect, useRef } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { groupsOf, type Scope } from "../lib/app-passwords";
import { CopyButton } from "./CopyButton";
import { SyncServersList } from "./SyncServersList";

/**
 * A new application password, shown this once: large, in groups of letters, with a copy button,
 * how to use it and where (the servers of its scopes). Done forgets it (the page keeps it
 * nowhere else).
 */
export function AppPasswordShown({
  name,
  password,
  email,
  scopes,
  onDone,
}: {
  name: string;
  password: string;
  email: string;
  /** What it opens: the servers shown are those of these scopes. */
  scopes: readonly Scope[];
  onDone: () => void;
}): ReactNode {
  const { t } = useI18n();
  const a = t.appPasswords;
  const title = useRef<HTMLHeadingElement>(null);
  // The password replaces the form without a change of address: focus goes to its heading.
  useEffect(() => {
    title.current?.focus();
  }, []);
  return (
    <section className="card app-password-shown" aria-labelledby="shown-title">
      <h2 id="shown-title" ref={title} tabIndex={-1}>
        {a.shownTitle(name)}
      </h2>
      <p className="warning">{a.shownIntro}</p>
      <p className="app-password" data-testid="app-password">
        {groupsOf(password).map((group, i) => (
          <span key={i}>
            {i > 0 && <span className="dash">-</span>}
            <span className="group">{group}</span>
          </span>
        ))}
      </p>
      <div className="actions">
        <CopyButton text={password} label={a.copy} />
      </div>
      <h3>{a.howTitle}</h3>
      <ul className="how-to">
        <li>{a.howUser(email)}</li>
        <li>{a.howPassword}</li>
        <li>{a.howOnce}</li>
      </ul>
      <SyncServersList name={name} password={password} scopes={scopes} />
      <button type="button" className="button primary" onClick={onDone}>
        {a.done}
      </button>
    </section>
  );
}
