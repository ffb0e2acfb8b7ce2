// What the phone keeps, read in the phone's own page: its IndexedDB, opened the way any script of
// that origin may. The app ships no test hook: these functions walk every database and store the
// origin has and find the device's records by content (a CryptoKey beside the device's id), so
// they do not depend on how the app names its stores.
import type { Page } from "playwright-core";

export interface StoredKey {
  type: string;
  algorithm: string;
  extractable: boolean;
  usages: string[];
}

export interface PhoneStorage {
  /** Every CryptoKey the origin's IndexedDB holds, in the records that name the device. */
  keys: StoredKey[];
  /** Whether any stored record holds a JSON Web Key with a private part ("d"). */
  holdsPrivateJwk: boolean;
}

interface Walked {
  keys: StoredKey[];
  holdsPrivateJwk: boolean;
  signature: string | null;
}

/**
 * In the page: every record of every store of every database of the origin; for the records that
 * mention `deviceId` (in their key or value; all records when `deviceId` is null), the CryptoKeys
 * they hold. With a payload, signs it with the ECDSA private key found (raw r||s, base64url).
 */
async function walkStorage(page: Page, deviceId: string | null, payload: string | null) {
  return page.evaluate(
    async ({ deviceId, payload }): Promise<Walked> => {
      const keys: CryptoKey[] = [];
      let holdsPrivateJwk = false;
      const mentions = (value: unknown, seen: Set<unknown>): boolean => {
        if (deviceId === null || value === deviceId) return true;
        if (typeof value !== "object" || value === null || seen.has(value)) return false;
        seen.add(value);
        return Object.values(value).some((v) => mentions(v, seen));
      };
      const collect = (value: unknown, seen: Set<unknown>): void => {
        if (value instanceof CryptoKey) {
          keys.push(value);
          return;
        }
        if (typeof value !== "object" || value === null || seen.has(value)) return;
        seen.add(value);
        if ("d" in value && "kty" in value) holdsPrivateJwk = true;
        for (const v of Object.values(value)) collect(v, seen);
      };
      const request = <T>(r: IDBRequest<T>): Promise<T> =>
        new Promise((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error ?? new Error("IndexedDB request failed"));
        });
      for (const { name } of await indexedDB.databases()) {
        if (!name) continue;
        const db = await request(indexedDB.open(name));
        try {
          for (const storeName of Array.from(db.objectStoreNames)) {
            const store = db.transaction(storeName, "readonly").objectStore(storeName);
            const [recordKeys, values] = await Promise.all([
              request(store.getAllKeys()),
              request(store.getAll()),
            ]);
            values.forEach((value: unknown, i) => {
              if (mentions(recordKeys[i], new Set()) || mentions(value, new Set()))
                collect(value, new Set());
            });
          }
        } finally {
          db.close();
        }
      }
      let signature: string | null = null;
      const signing = keys.find((k) => k.algorithm.name === "ECDSA" && k.type === "private");
      if (payload !== null && signing) {
        const signed = await crypto.subtle.sign(
          { name: "ECDSA", hash: "SHA-256" },
          signing,
          new TextEncoder().encode(payload),
        );
        signature = btoa(String.fromCharCode(...new Uint8Array(signed)))
          .replaceAll("+", "-")
          .replaceAll("/", "_")
          .replace(/=+$/, "");
      }
      return {
        keys: keys.map((k) => ({
          type: k.type,
          algorithm: k.algorithm.name,
          extractable: k.extractable,
          usages: [...k.usages],
        })),
        holdsPrivateJwk,
        signature,
      };
    },
    { deviceId, payload },
  );
}

/** The keys the phone keeps for that device (all devices: null). */
export async function phoneStorage(page: Page, deviceId: string | null): Promise<PhoneStorage> {
  const { keys, holdsPrivateJwk } = await walkStorage(page, deviceId, null);
  return { keys, holdsPrivateJwk };
}

/**
 * Signs `payload` inside the page with the device's stored private key (non-extractable: it
 * cannot leave the page), as the app itself would; the signature is raw r||s in base64url.
 */
export async function signInPhone(page: Page, deviceId: string, payload: string): Promise<string> {
  const { signature } = await walkStorage(page, deviceId, payload);
  if (!signature) throw new Error(`no ECDSA private key stored for device ${deviceId}`);
  return signature;
}
