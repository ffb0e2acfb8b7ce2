/** The security log: events and the end of their hash chain. */
import { bigint, index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { accountId } from "./account-id";
import { at } from "./columns";

export const securityEvents = pgTable(
  "security_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: accountId(),
    type: text("type").notNull(),
    createdAt: at("created_at").notNull(),
    ip: text("ip").notNull().default(""),
    userAgent: text("user_agent").notNull().default(""),
    /** Non-secret details (factor kind, label, ...). Never a code, token or password. */
    detail: jsonb("detail").$type<Record<string, string | number | boolean>>().notNull(),
    /**
     * The hash chain, filled when the event is sealed (in commit order, shortly after): the
     * event's place, the previous event's hash, and HMAC(previous hash, the event) under a key
     * kept outside the database. Null until sealed.
     */
    seq: bigint("seq", { mode: "number" }),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    index("security_events_account_idx").on(t.accountId, t.id),
    uniqueIndex("security_events_seq_idx").on(t.seq),
    index("security_events_unsealed_idx")
      .on(t.id)
      .where(sql`${t.seq} is null`),
  ],
);

/**
 * One row (id 1): where the security log's chain ends, and how far notifications went.
 * Locked by whoever seals, so two servers never extend the chain at once.
 */
export const logState = pgTable("log_state", {
  id: integer("id").primaryKey(),
  sealedSeq: bigint("sealed_seq", { mode: "number" }).notNull().default(0),
  headHash: text("head_hash").notNull().default(""),
  notifiedSeq: bigint("notified_seq", { mode: "number" }).notNull().default(0),
});
