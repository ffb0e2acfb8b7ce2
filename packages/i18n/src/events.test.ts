import { describe, expect, it } from "vitest";
import { describeEvent, EVENT_TEXT, type EventDetail, type SecurityEventType } from "./events";
import { LOCALES } from "./locales";

const TYPES = Object.keys(EVENT_TEXT.en) as SecurityEventType[];

/** A detail such as the server records for each type (every key any sentence reads). */
const FULL: EventDetail = {
  factor: "totp",
  kind: "totp",
  label: "Pixel phone",
  device: "My phone",
  name: "Thunderbird",
  protocol: "imap",
  count: 3,
  remaining: 7,
  sessionsEnded: 2,
  to: "+41 79 *** ** 67",
  purpose: "sign_in",
  policy: "session_only",
  because: "not_me",
  reason: "SCOPE_NOT_ALLOWED",
  current: false,
  locale: "fr",
};

describe("describeEvent", () => {
  it("has a sentence for the same event types in every language", () => {
    expect(TYPES.length).toBeGreaterThanOrEqual(40);
    for (const locale of LOCALES)
      expect(Object.keys(EVENT_TEXT[locale]).sort()).toEqual([...TYPES].sort());
  });

  it("writes a sentence, never a raw type or a missing value, with or without a detail", () => {
    for (const locale of LOCALES) {
      for (const type of TYPES) {
        const full = describeEvent(locale, { type, detail: FULL });
        expect(full, `${locale} ${type}`).toMatch(/^\S.*[.]$/u);
        expect(full).not.toMatch(/undefined|null|NaN|\[object|[a-z]+_[a-z]+|\s{2}|\s\./);
        // An old entry without its detail still reads as a sentence.
        const bare = describeEvent(locale, { type, detail: {} });
        expect(bare, `${locale} ${type} (no detail)`).toMatch(/^\S.*[.]$/u);
        expect(bare).not.toMatch(/undefined|null|NaN|\[object|[a-z]+_[a-z]+| {2}| \./);
      }
    }
  });

  it("names the method and its label", () => {
    const added = {
      type: "factor_added",
      detail: { kind: "webauthn", label: "YubiKey 5C" },
    } as const;
    expect(describeEvent("en", added)).toBe("Security key “YubiKey 5C” added.");
    expect(describeEvent("fr", added)).toBe(
      "Méthode ajoutée\u00a0: clé de sécurité «\u00a0YubiKey 5C\u00a0».",
    );
    expect(describeEvent("de", added)).toBe(
      "Methode hinzugefügt: Sicherheitsschlüssel „YubiKey 5C“.",
    );
    expect(describeEvent("it", added)).toBe("Metodo aggiunto: chiave di sicurezza «YubiKey 5C».");
    expect(
      describeEvent("en", {
        type: "sign_in_succeeded",
        detail: { factor: "totp", label: "Pixel phone" },
      }),
    ).toBe("Signed in with the authenticator app “Pixel phone”.");
    expect(describeEvent("en", { type: "sign_in_succeeded", detail: { factor: "password" } })).toBe(
      "Signed in with the password.",
    );
    expect(
      describeEvent("en", { type: "sign_in_succeeded", detail: { factor: "trusted_browser" } }),
    ).toBe("Signed in on a trusted browser, without the second step.");
    expect(describeEvent("de", { type: "factor_disabled", detail: { factor: "sms" } })).toBe(
      "Methode nach 100 falschen Versuchen in Folge ausgeschaltet: Mobiltelefon (SMS).",
    );
    expect(
      describeEvent("en", { type: "factor_enabled_again", detail: { factor: "backup_code" } }),
    ).toBe("Backup code turned back on.");
  });

  it("uses counts, names, protocols and policies", () => {
    expect(
      describeEvent("en", {
        type: "app_passwords_revoked",
        detail: { count: 2, because: "password_changed" },
      }),
    ).toBe("2 application passwords revoked as the password changed.");
    expect(describeEvent("it", { type: "backup_code_used", detail: { remaining: 1 } })).toBe(
      "Codice di backup usato: ne resta 1.",
    );
    expect(
      describeEvent("en", {
        type: "app_password_first_used",
        detail: { name: "Thunderbird", protocol: "caldav" },
      }),
    ).toBe("Application password “Thunderbird” used for the first time (CalDAV).");
    expect(
      describeEvent("fr", {
        type: "sync_login_refused",
        detail: { protocol: "imap", reason: "APP_PASSWORD_REQUIRED" },
      }),
    ).toBe(
      "Une application (IMAP) a essayé le mot de passe du compte\u00a0: refusé, il lui faut un mot de passe d'application.",
    );
    expect(
      describeEvent("en", { type: "browser_policy_changed", detail: { policy: "remember" } }),
    ).toBe("Browsers may now stay signed in.");
    expect(describeEvent("de", { type: "not_me_reported", detail: { sessionsEnded: 1 } })).toBe(
      "„Das war ich nicht“ gemeldet: 1 Sitzung beendet.",
    );
    expect(describeEvent("en", { type: "locale_changed", detail: { locale: "it" } })).toBe(
      "Email language set to Italian.",
    );
  });

  it("reads a type newer than this build as a general sentence", () => {
    const newer = { type: "something_new" as SecurityEventType, detail: {} };
    expect(describeEvent("en", newer)).toBe("A security change was recorded.");
  });
});
