import {
  parse,
  protocol,
  type PGlite,
  type QueryOptions,
  type Results,
} from "@electric-sql/pglite";

/** Distinct statement texts kept prepared; past this, a new text runs as PGlite runs it. */
export const MAX_PREPARED = 500;

interface Prepared {
  name: string;
  /** The type of each parameter, as the server inferred it (picks PGlite's serialiser). */
  paramTypes: number[];
}

const { serialize } = protocol;

function concat(messages: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(messages.reduce((n, m) => n + m.length, 0));
  let at = 0;
  for (const m of messages) {
    out.set(m, at);
    at += m.length;
  }
  return out;
}

/** A parameter of a type PGlite has no serialiser for, as text. */
function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean")
    return String(value);
  return JSON.stringify(value);
}

/**
 * The PGlite client as drizzle sees it, with every statement prepared once and reused.
 *
 * PGlite's own `query` sends each statement unnamed: it is parsed, described and planned again
 * on every call, in six trips into the database. A sign-in's few statements spent most of the
 * server's time there (a planned `select 1` 0.19 ms, the sign-in's finishing statement 1.2 ms;
 * prepared, 0.06 and 0.18 ms). Here a text is parsed once into a named statement, and each call
 * is one trip: bind, describe, execute, sync. The results are parsed by PGlite's own parser
 * with the same options, and the call holds the same two locks `query` holds, so it never runs
 * inside another caller's transaction. Everything else (transactions, `exec`, `close`) is
 * PGlite's own; inside a transaction drizzle uses the transaction's `query`, which stays unnamed.
 */
export function withPreparedStatements(client: PGlite, max = MAX_PREPARED): PGlite {
  const prepared = new Map<string, Prepared>();

  async function prepare(text: string): Promise<Prepared> {
    const name = `twofold_${prepared.size}`;
    const messages = await client.execProtocolStream(
      concat([
        serialize.parse({ name, text }),
        serialize.describe({ type: "S", name }),
        serialize.sync(),
      ]),
      { syncToFs: false },
    );
    const statement = { name, paramTypes: parse.parseDescribeStatementResults(messages) };
    prepared.set(text, statement);
    return statement;
  }

  async function run(
    statement: Prepared,
    params: unknown[],
    options: QueryOptions | undefined,
  ): Promise<Results> {
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const type = statement.paramTypes[i] ?? 0;
      const serializer = options?.serializers?.[type] ?? client.serializers[type];
      return serializer ? serializer(value) : asText(value);
    });
    const messages = await client.execProtocolStream(
      concat([
        serialize.bind({ statement: statement.name, values }),
        serialize.describe({ type: "P" }),
        serialize.execute({}),
        serialize.sync(),
      ]),
      { syncToFs: false },
    );
    const [result] = parse.parseResults(messages, client.parsers, options);
    if (!result) throw new Error("PGlite answered a statement with no result");
    return result;
  }

  async function query<T>(
    text: string,
    params: unknown[] = [],
    options?: QueryOptions,
  ): Promise<Results<T>> {
    if (options?.blob || (!prepared.has(text) && prepared.size >= max))
      return client.query<T>(text, params, options);
    await client._checkReady();
    return client._runExclusiveTransaction(() =>
      client._runExclusiveQuery(async () => {
        const statement = prepared.get(text) ?? (await prepare(text));
        const result = await run(statement, params, options);
        await client.syncToFs();
        return result as Results<T>;
      }),
    );
  }

  return new Proxy(client, {
    get(target, property) {
      if (property === "query") return query;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function"
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
