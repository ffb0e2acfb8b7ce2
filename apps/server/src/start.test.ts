import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { call, data } from "../test/http";
import { startBuiltServer } from "../test/built-server";
import { mailedCode } from "../test/person";

const dataDir = mkdtempSync(join(tmpdir(), "twofold-start-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Outside the repository, so that / shows the landing page, not a built web app.
const start = () => startBuiltServer(dataDir, { TWOFOLD_WEB_DIR: join(dataDir, "no-web") });

describe("the built server (pnpm start)", () => {
  it("starts on embedded PGlite, reports healthy, keeps data across restarts, stops cleanly", async () => {
    const first = await start();
    const health = await fetch(`${first.url}/healthz`);
    expect(await health.json()).toEqual({ status: "ok", database: "pglite", gateway: "up" });
    const home = await fetch(first.url);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Twofold is running");
    const email = "restart@example.ch";
    const password = "correct horse battery staple";
    expect(data(await call(first.url, "auth.signUp", { email, password }))).toEqual({
      status: "verification_required",
    });
    const code = await mailedCode(email, { outbox: join(dataDir, "mail-outbox.jsonl") });
    expect(data(await call(first.url, "auth.verifyEmail", { email, code }))).toEqual({
      status: "authenticated",
    });
    expect(await first.stop()).toBe(0);

    // The master key file was made on first start, readable by its owner only.
    expect(statSync(join(dataDir, "master.key")).mode & 0o777).toBe(0o600);
    // So were the Web Push keys: pnpm start gives working Web Push.
    expect(statSync(join(dataDir, "vapid-keys.json")).mode & 0o777).toBe(0o600);

    const second = await start();
    expect(data(await call(second.url, "auth.signIn", { email, password }))).toEqual({
      status: "authenticated",
    });
    expect(await second.stop()).toBe(0);
  });
});
