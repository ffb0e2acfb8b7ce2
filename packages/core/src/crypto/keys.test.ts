import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TwofoldError } from "../errors";
import { deriveKeys, MASTER_KEY_BYTES } from "./keys";

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("deriveKeys", () => {
  it("derives one key per purpose, the same for the same master key", () => {
    const master = randomBytes(MASTER_KEY_BYTES);
    const keys = deriveKeys(master);
    expect(keys.secretBox).toHaveLength(32);
    expect(keys.backupCodes).not.toEqual(keys.secretBox);
    expect(keys.secretBox).not.toEqual(master);
    expect(deriveKeys(master)).toEqual(keys);
    expect(deriveKeys(randomBytes(MASTER_KEY_BYTES)).secretBox).not.toEqual(keys.secretBox);
  });

  it.each([0, 16, 31, 33, 64])("refuses a %i-byte master key", (length) => {
    const error = thrown(() => deriveKeys(randomBytes(length)));
    expect(error).toBeInstanceOf(TwofoldError);
    expect(error).toMatchObject({ code: "BAD_MASTER_KEY" });
  });
});
