import { pickLocale, type Locale } from "@twofold/i18n";

/**
 * The terminal's language: from the environment (LC_ALL, then LC_MESSAGES, then LANG, as POSIX
 * orders them) until the person signs in, then the account's. Texts are read at render time
 * (`TEXT`, `SOME_TEXT[currentLocale()]`), never captured at module load.
 */
export function localeFromEnvironment(env: NodeJS.ProcessEnv): Locale {
  const tags = [env.LC_ALL, env.LC_MESSAGES, env.LANG].filter(
    (tag): tag is string => typeof tag === "string" && tag !== "",
  );
  // "C" and "POSIX" name no language: English.
  return pickLocale(tags.slice(0, 1));
}

let environment: Locale = "en";
let current: Locale = environment;

/**
 * Takes the language of the environment the app runs in (cli.tsx hands it `process.env`, as
 * this app reads the environment nowhere else), and speaks it until an account says otherwise.
 */
export function startLocale(env: NodeJS.ProcessEnv): void {
  environment = localeFromEnvironment(env);
  current = environment;
}

/** The environment's language: what a signed-out terminal speaks. */
export function environmentLocale(): Locale {
  return environment;
}

export function currentLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  current = locale;
}
