import type { Database } from "@twofold/db";

/** Where factor code gets the time: injected, so expiry and windows are tested exactly. */
export interface Clock {
  now(): Date;
}

/** Where factor code gets randomness: injected; production uses node:crypto. */
export interface RandomSource {
  bytes(length: number): Uint8Array;
}

/** Non-secret context of the request that caused a change: written to the security log. */
export interface RequestMeta {
  ip: string;
  userAgent: string;
}

/**
 * Where an IP address is, as a person reads it: "Zurich, CH" (city, ISO country code), or "CH",
 * or null when unknown. The server's adapter reads an IP-location database; it says nothing
 * (null) for private, loopback and other non-public addresses rather than something wrong.
 */
export interface GeoLocator {
  locate(ip: string): string | null;
}

/** No location database: no place is ever shown. */
export const noGeoLocator: GeoLocator = { locate: () => null };

export const systemClock: Clock = { now: () => new Date() };

/** A drizzle transaction or the database itself: functions that write take either. */
export type Tx = Pick<Database, "select" | "insert" | "update" | "delete" | "execute">;
