import { isLocale, type Locale } from "@twofold/i18n";
import { useCallback, useState } from "react";
import { currentLocale, environmentLocale, setLocale } from "./locale";

export interface AccountLocale {
  /** The language the screen speaks now. */
  locale: Locale;
  /** Signed in: speak the account's language (one Twofold does not speak is left aside). */
  follow: (accountLocale: string) => void;
  /** Signed out: back to the terminal's own language (LC_ALL, LC_MESSAGES, LANG). */
  leave: () => void;
}

/**
 * The terminal's language as React state: changing it re-renders the whole app, whose texts are
 * read at render time (`TEXT`, `X_TEXT[currentLocale()]`).
 */
export function useAccountLocale(): AccountLocale {
  const [locale, setState] = useState<Locale>(currentLocale);
  const use = useCallback((next: Locale) => {
    setLocale(next);
    setState(next);
  }, []);
  const follow = useCallback(
    (accountLocale: string) => {
      if (isLocale(accountLocale)) use(accountLocale);
    },
    [use],
  );
  const leave = useCallback(() => use(environmentLocale()), [use]);
  return { locale, follow, leave };
}
