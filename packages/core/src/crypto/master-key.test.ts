import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TwofoldError } from "../errors";
import { MASTER_KEY_BYTES } from "./keys";
import { loadOrCreateMasterKey, MASTER_KEY_FILE, parseMasterKey } from "./master-key";

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("parseMasterKey", () => {
  const key = randomBytes(MASTER_KEY_BYTES);

  it.each([
    ["64 hex digits", key.toString("hex")],
    ["upper-case hex", key.toString("hex").toUpperCase()],
    ["base64", key.toString("base64")],
    ["base64url", key.toString("base64url")],
    ["hex with a trailing newline", `${key.toString("hex")}\n`],
    ["base64 with spaces around", `  ${key.toString("base64")}  `],
  ])("reads %s", (_name, text) => {
    expect(parseMasterKey(text)).toEqual(key);
  });

  it.each([
    ["empty", ""],
    ["31 bytes of hex", randomBytes(31).toString("hex")],
    ["33 bytes of hex", randomBytes(33).toString("hex")],
    ["31 bytes of base64", randomBytes(31).toString("base64")],
    ["33 bytes of base64", randomBytes(33).toString("base64")],
    ["a passphrase", "correct horse battery staple"],
  ])("refuses %s with BAD_MASTER_KEY", (_name, text) => {
    const error = thrown(() => parseMasterKey(text));
    expect(error).toBeInstanceOf(TwofoldError);
    expect(error).toMatchObject({ code: "BAD_MASTER_KEY" });
  });
});

describe("loadOrCreateMasterKey", () => {
  const root = mkdtempSync(join(tmpdir(), "twofold-key-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("creates a 32-byte key in a file only its owner can read, once", () => {
    const dataDir = join(root, "first", "data");
    const first = loadOrCreateMasterKey(dataDir);
    expect(first.created).toBe(true);
    expect(first.key).toHaveLength(MASTER_KEY_BYTES);
    const file = join(dataDir, MASTER_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(parseMasterKey(readFileSync(file, "utf8"))).toEqual(first.key);

    const second = loadOrCreateMasterKey(dataDir);
    expect(second.created).toBe(false);
    expect(second.key).toEqual(first.key);
  });

  it("gives each installation its own key", () => {
    const a = loadOrCreateMasterKey(join(root, "a"));
    const b = loadOrCreateMasterKey(join(root, "b"));
    expect(a.key).not.toEqual(b.key);
  });

  it("refuses a damaged key file instead of replacing it (a new key would orphan every sealed seed)", () => {
    const dataDir = join(root, "damaged");
    loadOrCreateMasterKey(dataDir);
    const file = join(dataDir, MASTER_KEY_FILE);
    writeFileSync(file, "not a key\n");
    const error = thrown(() => loadOrCreateMasterKey(dataDir));
    expect(error).toBeInstanceOf(TwofoldError);
    expect(readFileSync(file, "utf8")).toBe("not a key\n");
  });
});
