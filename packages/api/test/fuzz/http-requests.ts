/** Whole HTTP requests to `/trpc`: fuzzed inputs, batches, wrong methods, bodies and types. */
import fc from "fast-check";
import { inputArbitrary } from "./arbitraries";
import type { Known } from "./people";
import type { ProcedureInfo } from "./procedures";

export interface FuzzRequest {
  method: "GET" | "POST";
  /** After `/trpc/`, with its query string. */
  target: string;
  contentType: string | null;
  /** Whose session the request carries, and how. */
  as: "client" | "pending" | "nobody" | "garbage";
  via: "bearer" | "cookie";
  body: string | Uint8Array | null;
}

/** JSON as a client would send it (what JSON cannot carry, a BigInt or a nesting too deep to
 * write out, becomes deeply nested JSON text: the server's parser gets that instead). */
function json(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
  }
}

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant("application/json") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json; charset=utf-16",
      "APPLICATION/JSON",
      "application/json, text/plain",
    ),
  },
);

const junkBody = fc.oneof(
  fc.constantFrom("", "{", "[]", "null", '{"0":', "\u0000", '{"__proto__":{"admin":true}}'),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }),
  // Over the 64 kB limit, or just under it.
  fc.integer({ min: 60_000, max: 100_000 }).map((n) => `{"code":"${"1".repeat(n)}"}`),
);

const junkPath = fc.oneof(
  fc.constantFrom("", "auth", "auth.", ".signIn", "auth.signIn.x", "__proto__", "constructor"),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
);

/** Requests spread over every procedure: mostly well-formed calls with fuzzed inputs. */
export function requestArbitrary(
  procedures: readonly ProcedureInfo[],
  live: () => Known,
): fc.Arbitrary<FuzzRequest> {
  const call = fc.oneof(
    ...procedures.map((procedure) =>
      inputArbitrary(procedure, live).map((input) => ({ procedure, input })),
    ),
  );
  const wrongMethod = fc.integer({ min: 0, max: 4 }).map((n) => n === 0);
  const single = fc.tuple(call, wrongMethod).map(([{ procedure, input }, wrongMethod]) => {
    const get = (procedure.type === "query") !== wrongMethod;
    return get
      ? {
          method: "GET" as const,
          target: `${procedure.path}?input=${encodeURIComponent(json(input))}`,
          body: null,
        }
      : { method: "POST" as const, target: procedure.path, body: json(input) };
  });
  const batch = fc.array(call, { minLength: 1, maxLength: 6 }).map((calls) => ({
    method: "POST" as const,
    target: `${calls.map((c) => c.procedure.path).join(",")}?batch=1`,
    body: json(Object.fromEntries(calls.map((c, i) => [String(i), c.input]))),
  }));
  const junk = fc
    .tuple(
      fc.oneof(
        junkPath,
        call.map((c) => c.procedure.path),
      ),
      junkBody,
    )
    .map(([target, body]) => ({ method: "POST" as const, target, body }));
  return fc
    .tuple(
      fc.oneof(
        { weight: 6, arbitrary: single },
        { weight: 2, arbitrary: batch },
        { weight: 2, arbitrary: junk },
      ),
      contentType,
      fc.constantFrom(
        "client",
        "client",
        "client",
        "client",
        "pending",
        "nobody",
        "garbage" as const,
      ),
      fc.constantFrom("bearer", "cookie" as const),
    )
    .map(([request, type, as, via]) => ({ ...request, contentType: type, as, via }));
}
