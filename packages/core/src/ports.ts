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

export const systemClock: Clock = { now: () => new Date() };
