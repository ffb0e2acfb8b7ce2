import "fake-indexeddb/auto";
import { generateNonExtractableKey } from "@twofold/device";
import { afterEach, describe, expect, it } from "vitest";
import {
  closeStorage,
  deleteAccount,
  getAccount,
  listAccounts,
  markShown,
  putAccount,
  sealSeed,
  unsealSeed,
  type StoredAccount,
} from "./storage";

afterEach(closeStorage);

async function account(deviceId: string, enrolledAt: string): Promise<StoredAccount> {
  const key = await generateNonExtractableKey();
  return {
    deviceId,
    server: "https://twofold.example",
    account: `${deviceId}@example.ch`,
    name: "Chrome on Android",
    serverPublicKey: { kty: "EC" },
    gatewayUrl: null,
    gatewayTicket: "ticket",
    vapidPublicKey: null,
    publicKey: key.publicKey,
    privateKey: key.privateKey,
    sealedSeed: await sealSeed("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
    enrolledAt,
  };
}

describe("what the phone keeps", () => {
  it("keeps several accounts, in the order they were added, and forgets one", async () => {
    await putAccount(await account("second", "2026-01-02T00:00:00Z"));
    await putAccount(await account("first", "2026-01-01T00:00:00Z"));
    expect((await listAccounts()).map((a) => a.deviceId)).toEqual(["first", "second"]);
    await deleteAccount("first");
    expect(await getAccount("first")).toBeNull();
    expect((await listAccounts()).map((a) => a.deviceId)).toEqual(["second"]);
  });

  it("keeps the device key unreadable: it signs, it cannot be exported", async () => {
    await putAccount(await account("key", "2026-01-03T00:00:00Z"));
    const stored = await getAccount("key");
    expect(stored?.privateKey.extractable).toBe(false);
    // The server gets {kty, crv, x, y} and nothing else (no private `d`).
    expect(Object.keys(stored?.publicKey ?? {}).sort()).toEqual(["crv", "kty", "x", "y"]);
    const signature = await crypto.subtle.sign(
      { name: "ECDSA", hash: "SHA-256" },
      stored?.privateKey ?? (await generateNonExtractableKey()).privateKey,
      new TextEncoder().encode("payload"),
    );
    expect(signature.byteLength).toBe(64);
    await expect(
      crypto.subtle.exportKey(
        "jwk",
        stored?.privateKey ?? (await generateNonExtractableKey()).privateKey,
      ),
    ).rejects.toThrow();
  });

  it("seals the offline seed: stored encrypted, opened only with the phone's own key", async () => {
    const sealed = await sealSeed("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(new TextDecoder().decode(sealed.data)).not.toContain("GEZDGNBV");
    expect(await unsealSeed(sealed)).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    const tampered = { ...sealed, data: new Uint8Array(sealed.data).map((b) => b ^ 1).buffer };
    await expect(unsealSeed(tampered)).rejects.toThrow();
  });

  it("notifies a request once: a replayed push finds it already shown", async () => {
    expect(await markShown("request-1")).toBe(true);
    expect(await markShown("request-1")).toBe(false);
    expect(await markShown("request-2")).toBe(true);
  });
});
