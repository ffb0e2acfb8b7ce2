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
});
