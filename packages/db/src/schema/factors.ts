/** Second factors of every kind, and factors being added. */
import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { accountId } from "./account-id";
import { at } from "./columns";

/** Every confirmed second factor of an account, whatever its kind. */
export const factors = pgTable(
  "factors",
  {
    id: uuid("id").primaryKey(),
    accountId: accountId(),
    /** "totp", "webauthn", "push", "sms" */
    kind: text("kind").notNull(),
    label: text("label").notNull(),
    createdAt: at("created_at").notNull(),
    lastUsedAt: at("last_used_at"),
  },
  (t) => [index("factors_account_idx").on(t.accountId)],
);

/** A factor being added, not yet confirmed. Consumed (deleted) by its confirmation. */
export const enrollments = pgTable(
  "enrollments",
  {
    id: uuid("id").primaryKey(),
    accountId: accountId(),
    kind: text("kind").notNull(),
    label: text("label").notNull(),
    secretSealed: text("secret_sealed").notNull(),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [index("enrollments_account_idx").on(t.accountId)],
);
