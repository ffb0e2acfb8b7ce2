import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../config";
import { createDecoyHash, hashPassword, verifyPassword } from "./password";

const PASSWORD = "correct horse battery staple";

describe("hashPassword and verifyPassword", () => {
  it("stores an argon2id PHC string that accepts the password and nothing else", async () => {
    const phc = await hashPassword(PASSWORD, DEFAULT_CONFIG.password);
    expect(phc).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(phc).not.toContain(PASSWORD);
    expect(await verifyPassword(phc, PASSWORD)).toBe(true);
    expect(await verifyPassword(phc, `${PASSWORD} `)).toBe(false);
    expect(await verifyPassword(phc, PASSWORD.toUpperCase())).toBe(false);
  });

  it("salts: one password gives two different hashes", async () => {
    const a = await hashPassword(PASSWORD, DEFAULT_CONFIG.password);
    const b = await hashPassword(PASSWORD, DEFAULT_CONFIG.password);
    expect(a).not.toBe(b);
  });

  it("answers false, not a crash, for a damaged stored hash", async () => {
    expect(await verifyPassword("", PASSWORD)).toBe(false);
    expect(await verifyPassword("$argon2id$garbage", PASSWORD)).toBe(false);
  });

  it("has a decoy hash that no password opens", async () => {
    const decoy = createDecoyHash(DEFAULT_CONFIG.password);
    const phc = await decoy();
    expect(await decoy()).toBe(phc);
    expect(await verifyPassword(phc, PASSWORD)).toBe(false);
    expect(await verifyPassword(phc, "")).toBe(false);
  });
});
