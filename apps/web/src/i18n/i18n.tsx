import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { ReactNode } from "react";
import type { Messages } from "./en";
import type { Locale } from "@twofold/i18n";
import { initialLocale, saveLocale } from "./browser-locale";
import { en, loadMessages } from "./messages";

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

/** The language shown and its texts. */
interface Shown {
  locale: Locale;
  t: Messages;
}

export function I18nProvider({ children }: { children: ReactNode }): ReactNode {
  const [shown, setShown] = useState<Shown | null>(() => {
    const first = initialLocale();
    return first === "en" ? { locale: "en", t: en } : null;
  });
  // The language asked for last: a slow chunk must not overwrite a later choice.
  const wanted = useRef<Locale>(shown?.locale ?? initialLocale());
  const show = useCallback((next: Locale) => {
    wanted.current = next;
    void loadMessages(next).then((loaded) => {
      if (wanted.current === next) setShown(loaded);
    });
  }, []);
  useEffect(() => {
    // Only the first render can lack a language: its texts are loaded once.
    if (shown === null) show(wanted.current);
  }, [shown, show]);
  useEffect(() => {
    if (shown) document.documentElement.lang = shown.locale;
  }, [shown]);
  const setLocale = useCallback(
    (next: Locale) => {
      saveLocale(next);
      show(next);
    },
    [show],
  );
  const value = useMemo<I18n | null>(() => {
    if (!shown) return null;
    const { locale, t } = shown;
    const dateTimeFormat = new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      timeStyle: "short",
    });
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
    const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: "short" });
    return {
      locale,
      t,
      setLocale,
      dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      date: (iso) => dateFormat.format(new Date(iso)),
      time: (at) => timeFormat.format(typeof at === "string" ? new Date(at) : at),
    };
  }, [shown, setLocale]);
  // The first moments of a page in another language: its texts are on their way (one small
  // request), and English would flash.
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
