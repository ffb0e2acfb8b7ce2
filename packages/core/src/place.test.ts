import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { requestPayload } from "@twofold/push-protocol";
import { databaseKinds } from "@twofold/testing";
import { webcrypto } from "node:crypto";
import { describe, expect, it } from "vitest";
import { outboxMailer } from "./notifications/outbox-mailer";
import type { GeoLocator, RequestMeta } from "./ports";
import { createServerSigner } from "./push/signing";
import { mailTo, must, TEST_PASSWORD, uniqueEmail, useTestEngine } from "../test/engine";
import { personWithDevice } from "../test/devices";
import { signedUpPerson } from "../test/sign-up";

/**
 * The place of an address, from the engine's locator (the server's IP-location database; here
 * a table standing in for it: the server's own tests read the real database).
 */
const PLACES: Record<string, string> = { "129.132.1.1": "Zurich, CH", "130.92.1.1": "Bern, CH" };
const tableLocator: GeoLocator = { locate: (ip) => PLACES[ip] ?? null };

const ZURICH: RequestMeta = {
  ip: "129.132.1.1",
  userAgent: "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/140.0",
};
const BERN: RequestMeta = { ...ZURICH, ip: "130.92.1.1" };
const UNKNOWN: RequestMeta = { ...ZURICH, ip: "198.51.100.9" };

const outbox = join(mkdtempSync(join(tmpdir(), "twofold-place-")), "mail.jsonl");

describe.each(databaseKinds())("the place of a sign-in on %s", (kind) => {
  const engine = useTestEngine(kind, undefined, () => ({
    geo: tableLocator,
    mailer: outboxMailer(outbox),
  }));

  it("is signed into the push request (v2): the device checks the place it shows", async () => {
    const person = await personWithDevice(engine);
    const outcome = must(
      await engine.twofold.accounts.signIn(
        { email: person.email, password: TEST_PASSWORD },
        ZURICH,
      ),
    );
    if (outcome.status !== "second_factor_required") throw new Error("expected a pending sign-in");
    const push = must(await engine.twofold.push.start(outcome.session, ZURICH));
    expect(push.view.place).toBe("Zurich, CH");
    const [seen] = await person.device.poll(engine);
    expect(seen).toMatchObject({ requestId: push.requestId, ip: ZURICH.ip, place: "Zurich, CH" });
    if (!seen) throw new Error("the device saw no request");

    const publicKey = createServerSigner(engine.twofold.deps.keys.pushSigning).publicKey;
    const key = await webcrypto.subtle.importKey(
      "jwk",
      publicKey,
      { name: "ECDSA", namedCurve: "P-256" },
      false,
      ["verify"],
    );
    const verifies = (place: string | null) =>
      webcrypto.subtle.verify(
        { name: "ECDSA", hash: "SHA-256" },
        key,
        Buffer.from(seen.signature, "base64url"),
        new TextEncoder().encode(requestPayload({ ...seen, place })),
      );
    expect(await verifies("Zurich, CH")).toBe(true);
    // A gateway that changed the place would be caught by the device.
    expect(await verifies("Bern, CH")).toBe(false);
    expect(await verifies(null)).toBe(false);
  });

  it("is null in a request from an address the database does not know", async () => {
    const person = await personWithDevice(engine);
    const outcome = must(
      await engine.twofold.accounts.signIn(
        { email: person.email, password: TEST_PASSWORD },
        UNKNOWN,
      ),
    );
    if (outcome.status !== "second_factor_required") throw new Error("expected a pending sign-in");
    const push = must(await engine.twofold.push.start(outcome.session, UNKNOWN));
    expect(push.view.place).toBeNull();
    const [seen] = await person.device.poll(engine);
    expect(seen?.place).toBeNull();
  });

  it("shows in the sessions list, for each session's own address", async () => {
    const email = uniqueEmail();
    const first = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, ZURICH);
    must(await engine.twofold.accounts.signIn({ email, password: TEST_PASSWORD }, BERN));
    must(await engine.twofold.accounts.signIn({ email, password: TEST_PASSWORD }, UNKNOWN));
    const sessions = await engine.twofold.sessions.list(first.session);
    expect(sessions.map((s) => [s.ip, s.place]).sort()).toEqual([
      ["129.132.1.1", "Zurich, CH"],
      ["130.92.1.1", "Bern, CH"],
      ["198.51.100.9", null],
    ]);
  });

  it("shows in the security log and in the security email", async () => {
    const email = uniqueEmail();
    const issued = await signedUpPerson(
      engine,
      { email, password: TEST_PASSWORD, locale: "de" },
      ZURICH,
    );
    const { accountId } = issued.session;
    await engine.twofold.accounts.setBrowserPolicy(accountId, "session_only", BERN);
    const { events } = await engine.twofold.securityLog.list(accountId);
    expect(events.map((e) => [e.type, e.place])).toEqual([
      ["browser_policy_changed", "Bern, CH"],
      ["email_verified", "Zurich, CH"],
      ["account_created", "Zurich, CH"],
    ]);
    const mail = await mailTo(engine, outbox, {
      email,
      subject: "Wie Browser angemeldet bleiben, wurde geändert",
    });
    expect(mail.text).toContain("IP 130.92.1.1 (in der Nähe von Bern, CH)");
  });
});
