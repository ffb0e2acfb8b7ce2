import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TwofoldError } from "../errors";
import { MASTER_KEY_BYTES } from "./keys";

export const MASTER_KEY_FILE = "master.key";

/** Parses TWOFOLD_MASTER_KEY: 32 bytes as 64 hex digits or base64/base64url. */
export function parseMasterKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, "hex")
    : Buffer.from(trimmed, "base64");
  if (key.length !== MASTER_KEY_BYTES) {
    throw new TwofoldError(
      "BAD_MASTER_KEY",
      "TWOFOLD_MASTER_KEY must be 32 bytes, as 64 hex digits or base64",
    );
  }
  return key;
}

/**
 * The master key of an embedded installation: read from `<dataDir>/master.key`, or created
 * there (mode 0600, never overwritten) on first start.
 */
export function loadOrCreateMasterKey(dataDir: string): { key: Buffer; created: boolean } {
  const file = join(dataDir, MASTER_KEY_FILE);
  try {
    return { key: parseMasterKey(readFileSync(file, "utf8")), created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(MASTER_KEY_BYTES);
  // "wx" fails if another process created it meanwhile: then use theirs.
  try {
    writeFileSync(file, `${key.toString("hex")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      return { key: parseMasterKey(readFileSync(file, "utf8")), created: false };
    }
    throw error;
  }
  return { key, created: true };
}
