// The terminal's four languages: each says everything English says, its whole-line texts fit the
// smallest terminal (80 columns), and dates read as the person's own clock and calendar.
import { LOCALES, REASON_TEXT, RETRY_AT, type Locale } from "@twofold/i18n";
import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "./locale";
import { ACCOUNT_RECOVERY_TEXTS } from "./text-account-recovery";
import { ACCOUNT_TEXTS } from "./text-account";
import { CHECKUP_TEXTS } from "./text-checkup";
import { LOG_FILTER_TEXTS } from "./text-log-filter";
import { RECOVERY_TEXTS } from "./text-recovery";
import { RESET_TEXTS } from "./text-reset";
import { SECURITY_TEXTS } from "./text-security";
import { SIGN_UP_TEXTS } from "./text-sign-up";
import { SYNC_TEXTS } from "./text-sync";
import { STEP_UP_TEXTS } from "./text-step-up";
import { clockTime, dateTime, day, problemText, SMS_COUNTRIES, TEXT, TEXTS } from "./text";

/** Every path of an object of texts, with the kind of what is there ("string", "function"…). */
function shape(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return [`${path}: array`];
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([key, inner]) => shape(inner, `${path}.${key}`));
  return [`${path}: ${typeof value}`];
}

const ALL = {
  TEXTS,
  ACCOUNT_TEXTS,
  SECURITY_TEXTS,
  SYNC_TEXTS,
  SIGN_UP_TEXTS,
  STEP_UP_TEXTS,
  RESET_TEXTS,
  RECOVERY_TEXTS,
  ACCOUNT_RECOVERY_TEXTS,
  CHECKUP_TEXTS,
  LOG_FILTER_TEXTS,
};

/** Columns a line takes: these texts hold no wide (CJK) characters nor emoji. */
const columns = (line: string): number => [...line].length;

/** The texts each shown as a whole line of the screen, in one language. */
function wholeLines(locale: Locale): string[] {
  const text = TEXTS[locale];
  const sf = text.secondFactor.keys;
  const su = STEP_UP_TEXTS[locale].keys;
  return [
    ...Object.values(text.keys),
    text.verifyEmail.keys,
    RESET_TEXTS[locale].key,
    // The second step's keys line at its longest: a code by SMS, and another method offered.
    [sf.verify, sf.newCode, columns(sf.other) > columns(sf.cantUse) ? sf.other : sf.cantUse]
      .concat(sf.cancel)
      .join(" · "),
    // The step-up's keys lines at their longest: a code (or a new request), another method.
    [su.confirm, su.other, su.back, su.quit].join(" · "),
    [su.again, su.other, su.back, su.quit].join(" · "),
    [su.move, su.choose, su.back, su.quit].join(" · "),
    ...Object.values(STEP_UP_TEXTS[locale].methods),
    STEP_UP_TEXTS[locale].choose,
    ...text.changePassword.intro,
    ...text.passwordRequired,
    text.settings.smsWeak,
    text.settings.smsAddStronger,
    text.settings.smsUseStronger,
    text.disabled.hint,
    ...Object.values(text.disabled.names),
    text.more(999, 999),
    ...ACCOUNT_RECOVERY_TEXTS[locale].intro(720),
    ...ACCOUNT_RECOVERY_TEXTS[locale].intro(1.5),
    ...ACCOUNT_RECOVERY_TEXTS[locale].intro(null),
    ...Object.values(LOG_FILTER_TEXTS[locale].kinds).map((name) =>
      LOG_FILTER_TEXTS[locale].showing(name),
    ),
  ];
}

afterEach(() => {
  setLocale("en");
});

describe("the terminal's languages", () => {
  it("are English, French, German and Italian, each with every text English has", () => {
    for (const [name, texts] of Object.entries(ALL)) {
      expect(Object.keys(texts).sort(), name).toEqual([...LOCALES].sort());
      for (const locale of LOCALES)
        expect(shape(texts[locale]), `${name}.${locale}`).toEqual(shape(texts.en));
    }
  });

  it("fit every whole line in under 80 columns, in every language", () => {
    for (const locale of LOCALES) {
      const tooLong = wholeLines(locale).filter((line) => columns(line) >= 80);
      expect(tooLong, locale).toEqual([]);
    }
  });

  it("switch where the texts are read, with no change there", () => {
    const settings = TEXT.settings;
    setLocale("de");
    expect(TEXT.settings.title).toBe("Bestätigung in zwei Schritten");
    expect(settings.signOut).toBe("Abmelden");
    expect(SMS_COUNTRIES.DE.name).toBe("Deutschland");
    setLocale("it");
    expect(settings.title).toBe("Verifica in due passaggi");
    expect(TEXT.log.from("Firefox", "Linux", "129.132.1.1", "Zurich, CH")).toBe(
      "Firefox su Linux · 129.132.1.1 (vicino a Zurich, CH)",
    );
    setLocale("fr");
    expect(Object.keys(TEXT)).toEqual(Object.keys(TEXTS.fr));
    expect({ ...TEXT.welcome }).toEqual(TEXTS.fr.welcome);
  });
});

describe("dates and times", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  const moment = "2025-03-13T13:05:00Z";

  it("are written in the system's time zone, never in UTC", () => {
    process.env.TZ = "Europe/Zurich";
    expect(clockTime(moment)).toBe("14:05");
    process.env.TZ = "America/New_York";
    expect(clockTime(moment)).toBe("09:05");
    expect(dateTime("2025-03-14T02:30:00Z")).toBe("13 Mar 2025, 22:30");
  });

  it("follow the language's conventions", () => {
    process.env.TZ = "Europe/Zurich";
    const written = Object.fromEntries(
      LOCALES.map((locale) => {
        setLocale(locale);
        return [locale, { day: day(moment), dateTime: dateTime(moment) }];
      }),
    );
    expect(written).toEqual({
      en: { day: "13 Mar 2025", dateTime: "13 Mar 2025, 14:05" },
      fr: { day: "13 mars 2025", dateTime: "13 mars 2025, 14:05" },
      de: { day: "13.03.2025", dateTime: "13.03.2025, 14:05" },
      it: { day: "13 mar 2025", dateTime: "13 mar 2025, 14:05" },
    });
  });

  it("say when to try again in the screen's language, with the web's sentences", () => {
    const soon = new Date(Date.now() + 60_000).toISOString();
    setLocale("fr");
    expect(problemText({ reason: "RATE_LIMITED", retryAt: soon })).toBe(
      `${REASON_TEXT.fr.RATE_LIMITED} ${RETRY_AT.fr(clockTime(soon))}`,
    );
    setLocale("de");
    expect(problemText({ reason: "INVALID_CODE" })).toBe(REASON_TEXT.de.INVALID_CODE);
  });
});
