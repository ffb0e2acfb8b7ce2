// The owning-account column most tables share (not a table: schema.ts does not re-export it).
import { uuid } from "drizzle-orm/pg-core";
import { accounts } from "./accounts";

/** The owning account; its rows go with it. */
export const accountId = () =>
  uuid("account_id")
    .notNull()
    .references(() => accounts.id, { onDelete: "cascade" });
