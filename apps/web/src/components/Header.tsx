import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import type { ReactNode } from "react";
import { ME, sessionEnded } from "../lib/queries";
import { useI18n } from "../i18n/i18n";
import { LOCALES, type Locale } from "@twofold/i18n";
import { LANGUAGE_NAMES } from "../i18n/messages";
import { api, problemOf, type Me, type Problem } from "../lib/api";
import { Link, mayLeave, navigate, PATHS } from "../lib/router";
import { ProblemMessage } from "./ProblemMessage";

/** Up to two letters from the name (or the email when there is no name). */
export function initials(name: string, email: string): string {
  const words = (name.trim() || email).split(/[\s@._-]+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
  return letters
    .map((w) => (w ? Array.from(w)[0] : ""))
    .join("")
    .toUpperCase();
}

export function Header({ me }: { me: Me | null }): ReactNode {
  const { t } = useI18n();
  return (
    <header className="header">
      <Link to={PATHS.home} className="brand">
        <span className="brand-mark" aria-hidden="true">
          2
        </span>
        {t.app.name}
      </Link>
      <div className="header-end">
        <LanguagePicker signedIn={me?.session.state === "active"} />
        {me && me.session.state === "active" && <AccountMenu me={me} />}
      </div>
    </header>
  );
}

/**
 * The language of the pages; for a signed-in person also of the account's emails (the choice
 * applies on screen at once, the server is told in the background).
 */
function LanguagePicker({ signedIn }: { signedIn: boolean }): ReactNode {
  const { t, locale, setLocale } = useI18n();
  const id = useId();
  const queryClient = useQueryClient();
  const choose = (next: Locale): void => {
    setLocale(next);
    if (!signedIn) return;
    api.account.setLocale
      .mutate({ locale: next })
      .then(() => queryClient.invalidateQueries({ queryKey: ME }))
      // Emails stay in the previous language; the next switch tries again. Nothing to show.
      .catch(() => undefined);
  };
  return (
    <div className="language">
      <label htmlFor={id} className="visually-hidden">
        {t.app.language}
      </label>
      <select id={id} value={locale} onChange={(event) => choose(event.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}

function AccountMenu({ me }: { me: Me }): ReactNode {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const queryClient = useQueryClient();
  const name = me.user.displayName || me.user.email;

  useEffect(() => {
    if (!open) return;
    const close = (event: Event): void => {
      if (event instanceof KeyboardEvent && event.key !== "Escape") return;
      if (event instanceof MouseEvent && root.current?.contains(event.target as Node)) return;
      setOpen(false);
      if (event instanceof KeyboardEvent) root.current?.querySelector("button")?.focus();
    };
    document.addEventListener("keydown", close);
    document.addEventListener("mousedown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("mousedown", close);
    };
  }, [open]);

  // Signed out only when the server says so (or says nobody was signed in); otherwise the menu
  // stays open with the reason.
  const signOut = async (): Promise<void> => {
    if (!mayLeave()) return;
    setProblem(null);
    try {
      await api.auth.signOut.mutate();
    } catch (error) {
      const failed = problemOf(error);
      if (failed.reason !== "UNAUTHENTICATED") {
        setProblem(failed);
        return;
      }
    }
    setOpen(false);
    const ended = sessionEnded(queryClient);
    navigate(PATHS.signIn, { asked: true });
    await ended;
  };

  return (
    <div className="account-menu" ref={root}>
      <button
        type="button"
        className="badge"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setProblem(null);
          setOpen((o) => !o);
        }}
      >
        <span aria-hidden="true">{initials(me.user.displayName, me.user.email)}</span>
        <span className="visually-hidden">{t.menu.open(name)}</span>
      </button>
      {open && (
        <div id={menuId} className="menu" role="group" aria-label={name}>
          <p className="menu-name">{me.user.displayName}</p>
          <p className="menu-email">{me.user.email}</p>
          <Link to={PATHS.profile} className="button primary" onClick={() => setOpen(false)}>
            {t.menu.manageProfile}
          </Link>
          <button type="button" className="button" onClick={() => void signOut()}>
            {t.menu.signOut}
          </button>
          {problem && <ProblemMessage id={`${menuId}-problem`} problem={problem} />}
        </div>
      )}
    </div>
  );
}
