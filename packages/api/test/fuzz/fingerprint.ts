/**
 * A cheap stand-in for dumping every table before and after each call. A trigger on every table
 * adds a hash of each row written and subtracts the hash of the row it replaced, per table, so
 * each table's total is a hash of its rows as a dump shows them (in any order): equal totals,
 * equal rows. A row rewritten with the same values adds nothing, and a rolled back write takes
 * its hash with it. Reading the totals costs the same however large the tables grow (hashing
 * every row after each of 1,000 calls made long runs slow). TRUNCATE is not seen: core never
 * truncates.
 */
import type { TestEngine } from "@twofold/core/testing";

type Db = TestEngine["database"]["db"];

/** Table name to the hash total of its rows (relative to when tracking began). */
export type Fingerprint = Readonly<Record<string, string>>;

const LOG = "fuzz_row_changes";
const ROW_HASH = (row: string) => `('x' || left(md5(${row}::text), 15))::bit(60)::bigint`;

const SETUP = [
  `create unlogged table ${LOG} (table_name text not null, delta numeric not null)`,
  `create function fuzz_note_row_change() returns trigger language plpgsql as $$
   declare
     delta numeric := 0;
   begin
     if tg_op <> 'DELETE' then delta := delta + ${ROW_HASH("new")}; end if;
     if tg_op <> 'INSERT' then delta := delta - ${ROW_HASH("old")}; end if;
     -- Appended, never updated: concurrent transactions (on PostgreSQL) never wait on each other.
     if delta <> 0 then insert into ${LOG} values (tg_table_name, delta); end if;
     return null;
   end $$`,
  `do $$
   declare
     t text;
   begin
     for t in select table_name from information_schema.tables
               where table_schema = 'public' and table_type = 'BASE TABLE'
                 and table_name <> '${LOG}'
     loop
       execute format('create trigger fuzz_row_changes after insert or update or delete on %I
                       for each row execute function fuzz_note_row_change()', t);
     end loop;
   end $$`,
];

// Sums the log and keeps only the sums, so that it stays a row per table.
const READ = `with moved as (delete from ${LOG} returning table_name, delta),
                   totals as (select table_name, sum(delta) as total from moved group by table_name),
                   kept as (insert into ${LOG} select table_name, total from totals)
              select table_name, total::text as total from totals`;

async function rows<T>(db: Db, query: string): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** Installs the triggers: from now on `fingerprint` sees every row written to every table. */
export async function trackChanges(db: Db): Promise<void> {
  for (const statement of SETUP) await db.execute(statement);
}

/** The hash total of every table's rows, in one statement. */
export async function fingerprint(db: Db): Promise<Fingerprint> {
  const totals = await rows<{ table_name: string; total: string }>(db, READ);
  return Object.fromEntries(totals.map(({ table_name, total }) => [table_name, total]));
}

/** The tables whose rows differ between two fingerprints (a table never written counts as 0). */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => (before[name] ?? "0") !== (after[name] ?? "0")).sort();
}
