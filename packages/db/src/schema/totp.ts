import { bigint, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { factors } from "./factors";

/** The secret half of a TOTP factor. */
export const totpSecrets = pgTable("totp_secrets", {
  factorId: uuid("factor_id")
    .primaryKey()
    .references(() => factors.id, { onDelete: "cascade" }),
  /** Seed sealed with AES-256-GCM under the master key, bound to the account id. */
  secretSealed: text("secret_sealed").notNull(),
  /** Last accepted RFC 6238 time step: a step at or before it is refused (replay). */
  lastStep: bigint("last_step", { mode: "number" }).notNull(),
});
