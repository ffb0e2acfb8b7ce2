/** Accounts: the person, their password hash and preferences. */
import { boolean, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { at } from "./columns";

export const accounts = pgTable("accounts", {
  id: uuid("id").primaryKey(),
  /** Lower-cased, trimmed: the sign-in name. */
  email: text("email").notNull().unique(),
  displayName: text("display_name").notNull().default(""),
  /** argon2id PHC string. */
  passwordHash: text("password_hash").notNull(),
  /** Kind of the factor offered first at sign-in ("totp", ...); null = the first available. */
  preferredFactor: text("preferred_factor"),
  createdAt: at("created_at").notNull(),
  passwordChangedAt: at("password_changed_at").notNull(),
  /** "remember" (sessions last 30 days of use) or "session_only" (authenticate at each browser launch). */
  browserPolicy: text("browser_policy").notNull().default("remember"),
  /** The language of the emails Twofold sends ("en", "fr", "de", "it"). */
  locale: text("locale").notNull().default("en"),
  /**
   * The person's IANA time zone ("Europe/Zurich"), as their browser or terminal reports it: the
   * emails write times in it. Null until one was reported: the emails then write UTC.
   */
  timeZone: text("time_zone"),
  /** Set by "this wasn't me": the next sign-in asks for a new password first. */
  passwordChangeRequired: boolean("password_change_required").notNull().default(false),
  /**
   * When the person proved they read mail at `email` (the code of the sign-up mail); null until
   * then, and no session opens. Accounts older than this column count as confirmed.
   */
  emailVerifiedAt: at("email_verified_at").defaultNow(),
  /**
   * Since when a "this browser signed in before" cookie counts as a recovery proof: one issued
   * earlier is void (set by "sign out everywhere", "this wasn't me", a new password, a recovery).
   */
  recentBrowsersSince: at("recent_browsers_since"),
  /**
   * The 30-day check ("Do your methods still work?"), asked once: when the person answered,
   * and how ("confirmed" or "dismissed"); null until then. When two-step was turned on is not
   * stored here: it is the security log's latest `two_factor_enabled` event.
   */
  methodsCheckAnsweredAt: at("methods_check_answered_at"),
  methodsCheckAnswer: text("methods_check_answer"),
});
