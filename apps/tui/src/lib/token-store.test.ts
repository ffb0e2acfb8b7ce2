import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { configDir, createTokenStore } from "./token-store";

const root = mkdtempSync(join(tmpdir(), "twofold-tui-store-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the session token store", () => {
  it("lives in $XDG_CONFIG_HOME/twofold, else ~/.config/twofold", () => {
    expect(configDir({ XDG_CONFIG_HOME: "/x/config" })).toBe("/x/config/twofold");
    expect(configDir({})).toMatch(/\.config\/twofold$/);
  });

  it("keeps each server's token for the next start, readable by its owner only", () => {
    const dir = join(root, "twofold");
    createTokenStore(dir, "http://a:3000").set("token-a");
    createTokenStore(dir, "http://b:3000").set("token-b");
    expect(createTokenStore(dir, "http://a:3000").get()).toBe("token-a");
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, "sessions.json")).mode & 0o777).toBe(0o600);

    // Signing out of one server forgets its token and keeps the other's.
    createTokenStore(dir, "http://a:3000").set(null);
    expect(createTokenStore(dir, "http://a:3000").get()).toBeNull();
    expect(JSON.parse(readFileSync(join(dir, "sessions.json"), "utf8"))).toEqual({
      "http://b:3000": "token-b",
    });
  });

  it("starts signed out when the file is missing or damaged", () => {
    expect(createTokenStore(join(root, "none"), "http://a:3000").get()).toBeNull();
  });
});
