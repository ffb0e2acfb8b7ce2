import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { de } from "./de";
import { en, type Messages } from "./en";
import { fr } from "./fr";
import { it } from "./it";
import type { Locale } from "@twofold/i18n";
import { initialLocale, saveLocale } from "./browser-locale";

const MESSAGES: Record<Locale, Messages> = { en, fr, de, it };

export interface I18n {
  locale: Locale;
  t: Messages;
  setLocale: (locale: Locale) => void;
  /** A date and time the way the person's language writes it. */
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  time: (iso: string | Date) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }): ReactNode {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    saveLocale(next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dateTimeFormat = new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      timeStyle: "short",
    });
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
    const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: "short" });
    return {
      locale,
      t: MESSAGES[locale],
      setLocale,
      dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      date: (iso) => dateFormat.format(new Date(iso)),
      time: (at) => timeFormat.format(typeof at === "string" ? new Date(at) : at),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}

export { MESSAGES };
