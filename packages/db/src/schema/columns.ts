// Column helpers the table files share (not tables: schema.ts does not re-export them).
import { timestamp } from "drizzle-orm/pg-core";

export const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
