import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";

/** Longer than any IANA zone name ("America/Argentina/ComodRivadavia" has 32 characters). */
export const TIME_ZONE_MAX = 64;

/**
 * The IANA time zone `value` names, in the spelling this server's Intl gives it
 * ("europe/zurich" -> "Europe/Zurich"), or null when it names none (an offset such as
 * "+01:00", a made-up name). Whatever Intl.DateTimeFormat accepts, the emails can write in.
 */
export function canonicalTimeZone(value: string): string | null {
  const name = value.trim();
  if (name === "" || name.length > TIME_ZONE_MAX) return null;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * The time zone the account's emails write times in, as the person's browser or terminal
 * reports it. Not a security change: no log entry (a browser sends it after each sign-in where
 * it differs), and an unknown zone changes nothing.
 */
export async function setTimeZone(
  deps: Deps,
  accountId: string,
  timeZone: string,
): Promise<Result<{ timeZone: string }, "INVALID_INPUT">> {
  const canonical = canonicalTimeZone(timeZone);
  if (canonical === null) return fail("INVALID_INPUT");
  await deps.db
    .update(schema.accounts)
    .set({ timeZone: canonical })
    .where(eq(schema.accounts.id, accountId));
  return ok({ timeZone: canonical });
}
