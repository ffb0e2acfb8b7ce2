// Threat: a security email a person cannot read (internal names, a time in an unnamed zone) is an email they ignore.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, TEST_META, uniqueEmail, useTestEngine } from "../../test/engine";
import { signedUpPerson } from "../../test/sign-up";
import { composeMail, type NotifiedEvent } from "./compose";
import { outboxMailer, readMailOutbox } from "./outbox-mailer";
import { MAIL_LOCALES, NOTIFIED, type MailLocale } from "./texts";

const outbox = join(mkdtempSync(join(tmpdir(), "twofold-mail-words-")), "mail.jsonl");

/** Every internal value an event's detail may hold, and none a mail may show. */
const METHODS = ["totp", "webauthn", "passkey", "sms", "push", "backup_code", "password"];
const RAW = /\b(webauthn|totp|sms|push|backup_code|trusted_browser|session_only)\b/;

function event(
  detail: NotifiedEvent["detail"],
  reader: Partial<NotifiedEvent> = {},
): NotifiedEvent {
  return {
    event_id: 42,
    account_id: "00000000-0000-4000-8000-000000000001",
    created_at: "2026-12-07T14:04:00.000Z",
    ip: "203.0.113.7",
    user_agent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
    detail,
    email: "person@example.ch",
    locale: "en",
    time_zone: null,
    ...reader,
  };
}

/** The email without its "this wasn't me" link (a random token may spell anything). */
const words = (text: string): string => text.replace(/https?:\/\/\S+/g, "");

describe.each(databaseKinds())("security emails in the person's words on %s", (kind) => {
  const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));

  it("names no method by its internal kind, for every email in every language", () => {
    for (const locale of MAIL_LOCALES)
      for (const notified of NOTIFIED)
        for (const method of METHODS) {
          const detail = { kind: method, factor: method, label: "Work", policy: "session_only" };
          const mail = composeMail(engine.twofold.deps, event(detail, { locale }), notified);
          expect(words(`${mail.subject}\n${mail.text}`)).not.toMatch(RAW);
        }
  });

  it("writes the method's name, the details and the time in the account's language and zone", () => {
    const expected: Record<MailLocale, string[]> = {
      en: ["Details: Security key “YubiKey”.", "When: 7 Dec 2026, 15:04 (Europe/Zurich)"],
      fr: ["Détails : Clé de sécurité « YubiKey ».", "Quand: 7 déc. 2026, 15:04 (Europe/Zurich)"],
      de: ["Details: Sicherheitsschlüssel „YubiKey“.", "Wann: 07.12.2026, 15:04 (Europe/Zurich)"],
      it: ["Dettagli: Chiave di sicurezza «YubiKey».", "Quando: 7 dic 2026, 15:04 (Europe/Zurich)"],
    };
    for (const locale of MAIL_LOCALES) {
      const about = event(
        { kind: "webauthn", label: "YubiKey" },
        { locale, time_zone: "Europe/Zurich" },
      );
      const mail = composeMail(engine.twofold.deps, about, "factor_added");
      for (const line of expected[locale]) expect(mail.text).toContain(line);
    }
    const sms = composeMail(
      engine.twofold.deps,
      event({ factor: "sms" }, { locale: "de", time_zone: "Europe/Berlin" }),
      "factor_locked",
    );
    expect(sms.text).toContain("Details: Textnachricht (SMS).");
    const policy = composeMail(
      engine.twofold.deps,
      event({ policy: "session_only" }, { locale: "it" }),
      "browser_policy_changed",
    );
    expect(policy.text).toContain("Dettagli: accesso a ogni avvio del browser.");
  });

  it("says UTC when no zone is known, and writes a recovery's end in the zone too", () => {
    const utc = composeMail(engine.twofold.deps, event({}), "password_changed");
    expect(utc.text).toContain("When: 7 Dec 2026, 14:04 (UTC)");
    // A zone this server's Intl does not know (stored by an older version) reads as UTC, said so.
    const unknown = composeMail(
      engine.twofold.deps,
      event({}, { time_zone: "Mars/Olympus" }),
      "password_changed",
    );
    expect(unknown.text).toContain("When: 7 Dec 2026, 14:04 (UTC)");
    const recovery = composeMail(
      engine.twofold.deps,
      event(
        { proof: "app_password", endsAt: "2026-12-10T14:04:00.000Z" },
        { locale: "fr", time_zone: "America/New_York" },
      ),
      "account_recovery_started",
    );
    expect(recovery.text).toContain("Détails : 10 déc. 2026, 09:04 (America/New_York).");
    expect(recovery.text).not.toContain("2026-12-10T");
  });

  it("keeps the zone the person's browser reports, and mails in it", async () => {
    const email = uniqueEmail();
    const issued = await signedUpPerson(engine, { email, locale: "de", timeZone: "europe/zurich" });
    const { accountId } = issued.session;
    expect((await engine.twofold.accounts.get(accountId))?.timeZone).toBe("Europe/Zurich");
    await engine.twofold.accounts.setBrowserPolicy(accountId, "session_only", TEST_META);
    await engine.twofold.securityLog.process();
    const mail = (await readMailOutbox(outbox, 10_000)).filter((m) => m.to === email).at(-1);
    expect(mail?.text).toMatch(/Wann: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} \(Europe\/Zurich\)/);
    expect(mail?.text).toContain("Details: Anmeldung bei jedem Browserstart.");
    // A name no zone has changes nothing; a known one replaces it.
    expect(await engine.twofold.accounts.setTimeZone(accountId, "Mars/Olympus")).toEqual({
      ok: false,
      reason: "INVALID_INPUT",
    });
    expect(await engine.twofold.accounts.setTimeZone(accountId, "+01:00")).toMatchObject({
      reason: "INVALID_INPUT",
    });
    expect((await engine.twofold.accounts.get(accountId))?.timeZone).toBe("Europe/Zurich");
    expect(must(await engine.twofold.accounts.setTimeZone(accountId, "Asia/Tokyo"))).toEqual({
      timeZone: "Asia/Tokyo",
    });
    expect((await engine.twofold.accounts.get(accountId))?.timeZone).toBe("Asia/Tokyo");
  });

  it("ignores a zone no one has at sign-up: the emails say UTC", async () => {
    const email = uniqueEmail();
    const issued = await signedUpPerson(engine, { email, timeZone: "Nowhere/Land" });
    expect((await engine.twofold.accounts.get(issued.session.accountId))?.timeZone).toBeNull();
  });
});
