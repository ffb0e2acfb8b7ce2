import type { PublicKeyJwk } from "@twofold/device";

/**
 * What the phone keeps, in IndexedDB (shared by the page and the service worker). The device
 * key is a non-extractable CryptoKey (IndexedDB stores it as is; nobody can read it back, the
 * page included); the offline-code seed is sealed with a non-extractable AES-GCM key kept here
 * too, so it is never stored in a readable form.
 */
export interface StoredAccount {
  deviceId: string;
  /** The server's origin (the app talks to the server that served it). */
  server: string;
  account: string;
  name: string;
  serverPublicKey: JsonWebKey;
  gatewayUrl: string | null;
  gatewayTicket: string;
  vapidPublicKey: string | null;
  publicKey: PublicKeyJwk;
  privateKey: CryptoKey;
  sealedSeed: { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };
  enrolledAt: string;
}

const NAME = "twofold-authenticator";
const ACCOUNTS = "accounts";
const KEYS = "keys";
const SHOWN = "shown";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

let opened: Promise<IDBDatabase> | null = null;
function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const open = indexedDB.open(NAME, 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore(ACCOUNTS, { keyPath: "deviceId" });
      db.createObjectStore(KEYS);
      db.createObjectStore(SHOWN);
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error("IndexedDB cannot open"));
  });
  return opened;
}

async function store(name: string, mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await database()).transaction(name, mode).objectStore(name);
}

export async function listAccounts(): Promise<StoredAccount[]> {
  const all = (await request((await store(ACCOUNTS, "readonly")).getAll())) as StoredAccount[];
  return all.sort((a, b) => a.enrolledAt.localeCompare(b.enrolledAt));
}

export async function getAccount(deviceId: string): Promise<StoredAccount | null> {
  const found = (await request((await store(ACCOUNTS, "readonly")).get(deviceId))) as
    StoredAccount | undefined;
  return found ?? null;
}

export async function putAccount(account: StoredAccount): Promise<void> {
  await request((await store(ACCOUNTS, "readwrite")).put(account));
}

/** Forgets an account: its key and sealed seed go with it. */
export async function deleteAccount(deviceId: string): Promise<void> {
  await request((await store(ACCOUNTS, "readwrite")).delete(deviceId));
}

/** The sealing key (AES-GCM 256, non-extractable), made on first use. */
async function sealKey(): Promise<CryptoKey> {
  const existing = (await request((await store(KEYS, "readonly")).get("seal"))) as
    CryptoKey | undefined;
  if (existing) return existing;
  const key = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, [
    "encrypt",
    "decrypt",
  ]);
  await request((await store(KEYS, "readwrite")).put(key, "seal"));
  return key;
}

export async function sealSeed(seed: string): Promise<StoredAccount["sealedSeed"]> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv },
    await sealKey(),
    new TextEncoder().encode(seed),
  );
  return { iv, data };
}

export async function unsealSeed(sealed: StoredAccount["sealedSeed"]): Promise<string> {
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: sealed.iv },
    await sealKey(),
    sealed.data,
  );
  return new TextDecoder().decode(plain);
}

/**
 * Marks a request as notified; false when it already was (a replayed push shows nothing).
 * Marks older than a day are dropped as new ones come.
 */
export async function markShown(requestId: string, now: Date = new Date()): Promise<boolean> {
  const shown = await store(SHOWN, "readwrite");
  const before = (await request(shown.get(requestId))) as number | undefined;
  if (before !== undefined) return false;
  shown.put(now.getTime(), requestId);
  const keys = (await request(shown.getAllKeys())) as string[];
  const values = (await request(shown.getAll())) as number[];
  keys.forEach((key, i) => {
    if (now.getTime() - (values[i] ?? 0) > 86_400_000) shown.delete(key);
  });
  return true;
}

/** Closes the database (tests; the page keeps it open). */
export async function closeStorage(): Promise<void> {
  if (opened) (await opened).close();
  opened = null;
}
