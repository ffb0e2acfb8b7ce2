import type { AppPasswordView } from "./queries";

export type Scope = AppPasswordView["scopes"][number];

/** What an application password may open, in the order the form offers them. */
export const SCOPES: readonly Scope[] = ["mail", "calendar", "files"];

/** The expiries the form offers; "date" is a day the person picks. */
export const EXPIRY_CHOICES = ["none", "30d", "90d", "1y", "date"] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

export type Expiry =
  { ok: true; expiresAt: string | undefined } | { ok: false; reason: "DATE_MISSING" | "DATE_PAST" };

/**
 * The `expiresAt` to send for a choice, counted from `now`. A picked day (`YYYY-MM-DD`, as a
 * date input gives it) lasts until its end in the person's own time zone.
 */
export function expiryOf(choice: ExpiryChoice, day: string, now: Date): Expiry {
  switch (choice) {
    case "none":
      return { ok: true, expiresAt: undefined };
    case "30d":
      return { ok: true, expiresAt: new Date(now.getTime() + 30 * DAY_MS).toISOString() };
    case "90d":
      return { ok: true, expiresAt: new Date(now.getTime() + 90 * DAY_MS).toISOString() };
    case "1y": {
      const later = new Date(now.getTime());
      later.setFullYear(later.getFullYear() + 1);
      return { ok: true, expiresAt: later.toISOString() };
    }
    case "date": {
      const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
      if (!parts) return { ok: false, reason: "DATE_MISSING" };
      const end = new Date(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]), 23, 59, 59);
      if (Number.isNaN(end.getTime())) return { ok: false, reason: "DATE_MISSING" };
      if (end.getTime() <= now.getTime()) return { ok: false, reason: "DATE_PAST" };
      return { ok: true, expiresAt: end.toISOString() };
    }
  }
}

/** Today in the person's time zone, as a date input writes it (its `min`). */
export function localDay(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The password's groups of letters, to show them apart. */
export function groupsOf(password: string): string[] {
  return password.split("-").filter((group) => group !== "");
}
