import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { createLogger } from "./logger";
import { loadOrCreateVapidKeys, PLACEHOLDER_SUBJECT, vapidFor, VAPID_KEYS_FILE } from "./vapid";
import { vapidSubjectProblem } from "./vapid-subject";
import { pushOptions } from "./web-push";

const dataDir = mkdtempSync(join(tmpdir(), "twofold-vapid-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const log = createLogger("silent");

describe("Web Push that real push services accept", () => {
  it("makes the embedded key pair on first start, readable by its owner only, and keeps it", () => {
    const first = loadOrCreateVapidKeys(dataDir);
    expect(first.created).toBe(true);
    // The public key is what PushManager.subscribe takes: an uncompressed P-256 point, base64url.
    expect(Buffer.from(first.keys.publicKey, "base64url")).toHaveLength(65);
    expect(statSync(join(dataDir, VAPID_KEYS_FILE)).mode & 0o777).toBe(0o600);
    const again = loadOrCreateVapidKeys(dataDir);
    expect(again).toEqual({ keys: first.keys, created: false });
    const env = readEnv({ TWOFOLD_DATA_DIR: dataDir });
    expect(vapidFor(env, log, false)).toEqual({ ...first.keys, subject: PLACEHOLDER_SUBJECT });
    expect(JSON.parse(readFileSync(join(dataDir, VAPID_KEYS_FILE), "utf8"))).toEqual(first.keys);
  });

  it("takes configured keys; on PostgreSQL without keys Web Push is off (no key per server)", () => {
    const keys = { TWOFOLD_VAPID_PUBLIC_KEY: "BPub", TWOFOLD_VAPID_PRIVATE_KEY: "priv" };
    const postgres = { DATABASE_URL: "postgres://twofold@127.0.0.1/twofold" };
    expect(vapidFor(readEnv({ ...postgres, ...keys }), log, false)).toMatchObject({
      publicKey: "BPub",
      privateKey: "priv",
    });
    expect(vapidFor(readEnv(postgres), log, false)).toBeNull();
    expect(() => readEnv({ TWOFOLD_VAPID_PUBLIC_KEY: "BPub" })).toThrow(
      "TWOFOLD_VAPID_PRIVATE_KEY: is required with TWOFOLD_VAPID_PUBLIC_KEY",
    );
  });

  it("refuses a contact push services refuse, and derives one from an https public URL", () => {
    for (const refused of [
      "mailto:admin@localhost",
      "mailto:ops@twofold.localhost",
      "mailto:nobody",
      "https://localhost",
      "https://127.0.0.1:8443",
      "http://example.org",
      "admin@example.org",
    ])
      expect(vapidSubjectProblem(refused), refused).not.toBeNull();
    for (const accepted of ["mailto:security@example.org", "https://2fa.example.ch"])
      expect(vapidSubjectProblem(accepted), accepted).toBeNull();
    expect(() => readEnv({ TWOFOLD_VAPID_SUBJECT: "mailto:admin@localhost" })).toThrow(
      "TWOFOLD_VAPID_SUBJECT",
    );
    const derived = (env: Record<string, string>) =>
      vapidFor(readEnv({ DATABASE_URL: "memory://", ...env }), log, false)?.subject;
    expect(derived({ TWOFOLD_PUBLIC_URL: "https://2fa.example.ch/" })).toBe(
      "https://2fa.example.ch",
    );
    expect(
      derived({
        TWOFOLD_PUBLIC_URL: "https://2fa.example.ch",
        TWOFOLD_VAPID_SUBJECT: "mailto:security@example.ch",
      }),
    ).toBe("mailto:security@example.ch");
    expect(derived({ TWOFOLD_PUBLIC_URL: "http://localhost:3000" })).toBe(PLACEHOLDER_SUBJECT);
  });

  it("sends with high urgency and a TTL of the seconds the request has left (at least 1)", () => {
    const vapid = { subject: "mailto:a@example.org", publicKey: "p", privateKey: "k" };
    const now = Date.parse("2026-12-06T10:00:00.000Z");
    expect(pushOptions(vapid, "2026-12-06T10:01:00.000Z", now)).toEqual({
      vapidDetails: vapid,
      urgency: "high",
      TTL: 60,
    });
    expect(pushOptions(vapid, "2026-12-06T10:00:12.400Z", now).TTL).toBe(13);
    expect(pushOptions(vapid, "2026-12-06T09:59:00.000Z", now).TTL).toBe(1);
  });
});
