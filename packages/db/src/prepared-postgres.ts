import { createHash } from "node:crypto";
import type pg from "pg";
import { MAX_PREPARED } from "./prepared-pglite";

/**
 * The PostgreSQL pool as drizzle sees it, with every statement it runs outside a transaction
 * named, so each pooled connection parses and plans a text once and then only binds and runs
 * it (node-postgres prepares a named statement on a connection the first time it meets it).
 * The name is a hash of the text: two texts never share one. Past `max` distinct texts, a new
 * one runs unnamed, so a caller building texts on the fly cannot fill the server's memory.
 */
export function withNamedStatements(pool: pg.Pool, max = MAX_PREPARED): pg.Pool {
  const names = new Map<string, string>();

  function nameOf(text: string): string | undefined {
    const known = names.get(text);
    if (known !== undefined || names.size >= max) return known;
    const name = `twofold_${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
    names.set(text, name);
    return name;
  }

  const run = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  function query(config: unknown, ...rest: unknown[]): unknown {
    if (typeof config !== "object" || config === null) return run(config, ...rest);
    const { name, text } = config as { name?: unknown; text?: unknown };
    if (name !== undefined || typeof text !== "string") return run(config, ...rest);
    const statement = nameOf(text);
    return run(statement === undefined ? config : { ...config, name: statement }, ...rest);
  }

  return new Proxy(pool, {
    get(target, property) {
      if (property === "query") return query;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function"
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
