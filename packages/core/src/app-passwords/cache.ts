import type { AppPasswordScope } from "./scopes";

/** What a check needs of an application password, kept in memory after its first check. */
export interface CachedAppPassword {
  id: string;
  accountId: string;
  email: string;
  secretHash: string;
  scopes: readonly AppPasswordScope[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  name: string;
  /** When it entered the cache: entries are read again after `maxAgeMs` whatever happens. */
  cachedAt: number;
}

/**
 * Application passwords recently checked, by their id part, so that a sync request costs a
 * keyed hash and no database round trip. Revocation is immediate: every revocation evicts the
 * account's entries here and, through the server's event bus, on every other server (without
 * a bus, a scaled-out server runs with the cache off). `maxAgeMs` bounds what a lost event
 * could cost. Bounded in size: the oldest entries go first.
 */
export class AppPasswordCache {
  private readonly entries = new Map<string, CachedAppPassword>();
  /** Bumped by every eviction: a read from the database that began before one is not kept. */
  private generationCount = 0;

  get generation(): number {
    return this.generationCount;
  }

  constructor(
    private readonly maxEntries: number,
    private readonly maxAgeMs: number,
  ) {}

  get(lookupId: string, now: number): CachedAppPassword | null {
    const entry = this.entries.get(lookupId);
    if (!entry) return null;
    if (now - entry.cachedAt > this.maxAgeMs) {
      this.entries.delete(lookupId);
      return null;
    }
    return entry;
  }

  /** Keeps an entry read from the database, unless an eviction happened since `generation`. */
  set(lookupId: string, entry: CachedAppPassword, generation: number): void {
    if (this.maxEntries <= 0 || generation !== this.generationCount) return;
    this.entries.delete(lookupId);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(lookupId, entry);
  }

  /** Every entry of the account: called on each revocation, here and on every server. */
  evictAccount(accountId: string): void {
    this.generationCount += 1;
    for (const [key, entry] of this.entries)
      if (entry.accountId === accountId) this.entries.delete(key);
  }
}
