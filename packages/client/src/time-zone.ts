import type { ApiClient, Me } from "./index";

/** This browser's or terminal's IANA time zone ("Europe/Zurich"; TZ in a terminal), or null. */
export function localTimeZone(): string | null {
  const zone: string | undefined = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone ? zone : null;
}

/**
 * The zone to tell the server after a sign-in, so that the account's emails write times as the
 * person reads them: this one, when the signed-in account has another (or none); else null.
 */
export function timeZoneToSend(me: Me): string | null {
  const zone = localTimeZone();
  const signedIn = me.session.state === "active" && me.session.purpose === "sign_in";
  return signedIn && zone !== null && zone !== me.user.timeZone ? zone : null;
}

/**
 * Sends `timeZoneToSend(me)` when there is one. Not waited for, and a failure is left alone:
 * the emails keep the zone they had (or UTC, said so). Returns the zone sent, or null.
 */
export function sendTimeZone(api: ApiClient, me: Me): string | null {
  const zone = timeZoneToSend(me);
  if (zone !== null) api.account.setTimeZone.mutate({ timeZone: zone }).catch(() => undefined);
  return zone;
}
