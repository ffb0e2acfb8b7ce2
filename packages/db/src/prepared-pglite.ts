import {
  parse,
  protocol,
  type PGlite,
  type QueryOptions,
  type Results,
  type Transaction,
} from "@electric-sql/pglite";

/**
 * Distinct statement texts kept prepared. PGlite: past this, the least recently used is closed
 * to make room. PostgreSQL: past this, a new text runs unnamed.
 */
export const MAX_PREPARED = 500;

type Query = <T>(text: string, params?: unknown[], options?: QueryOptions) => Promise<Results<T>>;

interface Prepared {
  name: string;
  /** The type of each parameter, as the server inferred it (picks PGlite's serialiser). */
  paramTypes: number[];
}

const { serialize } = protocol;

// Names unique in the process: two wrappers of one client must never reuse a name.
let statements = 0;

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

/** `target` with some of its members replaced; the others are its own, bound to it. */
function overriding<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(object, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof T];
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === "function"
        ? (value as (...args: unknown[]) => unknown).bind(object)
        : value;
    },
  });
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
 * inside another caller's transaction; a transaction's statements are prepared the same way
 * (under the transaction's lock, which already keeps others out). Everything else (`exec`,
 * `close`, the transaction's begin, commit and rollback) is PGlite's own.
 */
export function withPreparedStatements(client: PGlite, max = MAX_PREPARED): PGlite {
  const prepared = new Map<string, Prepared>();

  async function prepare(text: string): Promise<Prepared> {
    const oldest = prepared.size >= max ? prepared.entries().next().value : undefined;
    // Forgotten first: the close runs even when the new text then fails to parse.
    if (oldest) prepared.delete(oldest[0]);
    statements += 1;
    const name = `twofold_${statements}`;
    const messages = await client.execProtocolStream(
      concat([
        ...(oldest ? [serialize.close({ type: "S", name: oldest[1].name })] : []),
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
    // PGlite merges a caller's parsers into its own 318 by copying them all, on every call
    // (75 µs; drizzle passes parsers with every query). Layered on top instead, the same lookup.
    const parsers: PGlite["parsers"] = options?.parsers
      ? Object.assign(Object.create(client.parsers) as PGlite["parsers"], options.parsers)
      : client.parsers;
    const [result] = parse.parseResults(messages, parsers, { ...options, parsers: undefined });
    if (!result) throw new Error("PGlite answered a statement with no result");
    return result;
  }

  /** Runs a text as its named statement (now the most recently used); the caller holds the locks. */
  async function runText<T>(text: string, params: unknown[], options?: QueryOptions) {
    let statement = prepared.get(text);
    if (statement) {
      prepared.delete(text);
      prepared.set(text, statement);
    } else statement = await prepare(text);
    return (await run(statement, params, options)) as Results<T>;
  }

  /**
   * A `query` that runs a text as its named statement under `lock`, and leaves a blob (COPY to
   * or from a file) to `own`, PGlite's own `query`, which handles it.
   */
  function preparedQuery(own: Query, lock: <R>(run: () => Promise<R>) => Promise<R>): Query {
    return <T>(text: string, params: unknown[] = [], options?: QueryOptions) =>
      options?.blob ? own<T>(text, params, options) : lock(() => runText<T>(text, params, options));
  }

  const query = preparedQuery(client.query.bind(client), async (run) => {
    await client._checkReady();
    return client._runExclusiveTransaction(() =>
      client._runExclusiveQuery(async () => {
        const result = await run();
        await client.syncToFs();
        return result;
      }),
    );
  });

  /** A transaction's statements: the transaction holds the outer lock and syncs at its end. */
  function inTransaction(tx: Transaction): Transaction {
    const own: Query = (text, params, options) => tx.query(text, params, options);
    const txQuery = preparedQuery(own, (run) => {
      if (tx.closed) return Promise.reject(new Error("Transaction is closed"));
      return client._runExclusiveQuery(run);
    });
    return overriding(tx, { query: txQuery });
  }

  function transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    return client.transaction((tx) => callback(inTransaction(tx)));
  }

  return overriding(client, { query, transaction });
}
