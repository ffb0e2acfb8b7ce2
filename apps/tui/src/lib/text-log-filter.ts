import type { ApiClient } from "@twofold/client";
import type { Locale } from "@twofold/i18n";
import { localized } from "./localized";

type ListInput = Exclude<
  Parameters<ApiClient["securityLog"]["list"]["query"]>[0],
  void | undefined
>;
/** A group of events the log can be narrowed to (the server maps each event to one). */
export type LogKind = NonNullable<ListInput["kinds"]>[number];

/** The filter's order: every event, then each group in turn (the f key steps through them). */
export const LOG_FILTERS = [
  null,
  "sign_ins",
  "methods",
  "passwords_recovery",
  "sessions_browsers",
  "apps",
  "account",
] as const satisfies readonly (LogKind | null)[];
export type LogFilter = (typeof LOG_FILTERS)[number];

/** The filter after `filter`, back to every event after the last group. */
export function nextFilter(filter: LogFilter): LogFilter {
  return LOG_FILTERS[(LOG_FILTERS.indexOf(filter) + 1) % LOG_FILTERS.length] ?? null;
}

/** The security log's filter in the terminal. */
const en = {
  showing: (name: string) => `Showing: ${name} (f: next group)`,
  all: "all events",
  kinds: {
    sign_ins: "sign-ins",
    methods: "two-step methods",
    passwords_recovery: "passwords and recovery",
    sessions_browsers: "sessions and browsers",
    apps: "apps and application passwords",
    account: "account",
  } satisfies Record<LogKind, string>,
  empty: "No event of this kind has been recorded.",
};

export type LogFilterText = typeof en;

export const LOG_FILTER_TEXTS: Readonly<Record<Locale, LogFilterText>> = {
  en,
  fr: {
    showing: (name) => `Affichage : ${name} (f : groupe suivant)`,
    all: "tous les événements",
    kinds: {
      sign_ins: "connexions",
      methods: "méthodes de validation en deux étapes",
      passwords_recovery: "mots de passe et récupération",
      sessions_browsers: "sessions et navigateurs",
      apps: "applications et mots de passe d'application",
      account: "compte",
    },
    empty: "Aucun événement de ce type n'a été enregistré.",
  },
  de: {
    showing: (name) => `Anzeige: ${name} (f: nächste Gruppe)`,
    all: "alle Ereignisse",
    kinds: {
      sign_ins: "Anmeldungen",
      methods: "Methoden der Zwei-Schritt-Verifizierung",
      passwords_recovery: "Passwörter und Wiederherstellung",
      sessions_browsers: "Sitzungen und Browser",
      apps: "Apps und App-Passwörter",
      account: "Konto",
    },
    empty: "Zu dieser Art wurde noch kein Ereignis aufgezeichnet.",
  },
  it: {
    showing: (name) => `Visualizzazione: ${name} (f: gruppo successivo)`,
    all: "tutti gli eventi",
    kinds: {
      sign_ins: "accessi",
      methods: "metodi di verifica in due passaggi",
      passwords_recovery: "password e recupero",
      sessions_browsers: "sessioni e browser",
      apps: "app e password per le app",
      account: "account",
    },
    empty: "Non è ancora stato registrato alcun evento di questo tipo.",
  },
};

/** The filter's texts in the current language. */
export const LOG_FILTER_TEXT: LogFilterText = localized(LOG_FILTER_TEXTS);
