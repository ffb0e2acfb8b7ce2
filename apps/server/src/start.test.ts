import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { call, data } from "./test-http";

const MAIN = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "main.js");
const dataDir = mkdtempSync(join(tmpdir(), "twofold-start-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the built server as `pnpm start` does, on the embedded database in `dataDir`. */
async function start(): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run the build first (pnpm build)`);
  const { DATABASE_URL: _db, TWOFOLD_MASTER_KEY: _key, ...inherited } = process.env;
  const env = { ...inherited, PORT: "0", TWOFOLD_DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ["ignore", "pipe", "pipe"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /open (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { child, url };
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

describe("the built server (pnpm start)", () => {
  it("starts on embedded PGlite, reports healthy, keeps data across restarts, stops cleanly", async () => {
    const first = await start();
    const health = await fetch(`${first.url}/healthz`);
    expect(await health.json()).toEqual({ status: "ok", database: "pglite" });
    const home = await fetch(first.url);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Twofold is running");
    const email = "restart@example.ch";
    const password = "correct horse battery staple";
    expect(data(await call(first.url, "auth.signUp", { email, password }))).toEqual({
      status: "authenticated",
    });
    expect(await stop(first.child)).toBe(0);

    // The master key file was made on first start, readable by its owner only.
    expect(statSync(join(dataDir, "master.key")).mode & 0o777).toBe(0o600);

    const second = await start();
    expect(data(await call(second.url, "auth.signIn", { email, password }))).toEqual({
      status: "authenticated",
    });
    expect(await stop(second.child)).toBe(0);
  });
});
