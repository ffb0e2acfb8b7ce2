// Threat: a malformed input (wrong types, huge or deeply nested values, unknown fields, broken JSON) crashes a procedure (a 500), leaks internals, or changes data.
import { appRouter } from "@twofold/api";
import { databaseKinds } from "@twofold/testing";
import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { personWithTOTP, send, stateDump, useAttackTarget, type RawReply } from "./fixtures";

type Procedure = { _def: { type: string; inputs: z.ZodType[] } };
const PROCEDURES = Object.entries(
  appRouter._def.procedures as unknown as Record<string, Procedure>,
);
/** Every procedure that reads an input, today's and tomorrow's. */
const WITH_INPUT = PROCEDURES.filter(([, p]) => p._def.inputs.length > 0)
  .map(([path]) => path)
  .sort();

function procedure(path: string): Procedure {
  const found = PROCEDURES.find(([p]) => p === path);
  if (!found) throw new Error(`no procedure ${path}`);
  return found[1];
}

/** The top-level field names of a procedure's input (empty when it is not an object). */
function fieldsOf(path: string): string[] {
  let schema: z.ZodType | undefined = procedure(path)._def.inputs[0];
  if (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

const every = (fields: string[], value: unknown): Record<string, unknown> =>
  Object.fromEntries((fields.length > 0 ? fields : ["field"]).map((f) => [f, value]));

const deep = (depth: number): string => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

/** Malformed inputs as JSON text: each must be refused whatever the procedure. */
function malformed(path: string): [string, string][] {
  const fields = fieldsOf(path);
  const first = fields[0] ?? "field";
  return [
    ["JSON that does not parse", '{"a":'],
    ["a number", "42"],
    ["a string", '"x"'],
    ["a boolean", "true"],
    ["null", "null"],
    ["an array", "[1,2]"],
    ["an unknown field", JSON.stringify({ isAdmin: true })],
    ["a __proto__ field", '{"__proto__":{"isAdmin":true}}'],
    ["every field of the wrong type", JSON.stringify(every(fields, [{ $gt: "" }]))],
    ["every field null", JSON.stringify(every(fields, null))],
    ["every field an empty object", JSON.stringify(every(fields, {}))],
    ["one field 30 kB long", JSON.stringify({ [first]: "x".repeat(30_000) })],
    ["every field 100 kB long", JSON.stringify(every(fields, "x".repeat(100_000)))],
    ["5,000 levels of nesting", deep(5000)],
    ["5,000 levels of nesting in a field", `{${JSON.stringify(first)}:${deep(5000)}}`],
  ];
}

/** Sent the way a client sends it: POST body for a mutation, `?input=` for a query. */
function sendAs(url: string, path: string, json: string, token: string): Promise<RawReply> {
  const authorization = `Bearer ${token}`;
  if (procedure(path)._def.type === "query")
    return send(`${url}/trpc/${path}?input=${encodeURIComponent(json)}`, {
      headers: { authorization },
    });
  return send(`${url}/trpc/${path}`, {
    method: "POST",
    headers: { authorization, "content-type": "application/json" },
    body: json,
  });
}

const REASON = /^[A-Z][A-Z0-9_]*$/;
/** Node refuses a request line longer than its header limit before any code of ours runs. */
const URL_TOO_LONG = 431;

function verdict(reply: RawReply): { status: number; reason: string | undefined; leaks: boolean } {
  const body = reply.body as { error?: { data?: { reason?: string } } } | string;
  return {
    status: reply.status,
    reason: typeof body === "object" ? body.error?.data?.reason : undefined,
    leaks: /stack|at .*\.ts:\d|node_modules|ZodError|postgres|pglite/i.test(reply.text),
  };
}

describe.each(databaseKinds())("malformed inputs over HTTP on %s", (kind) => {
  const target = useAttackTarget(kind);
  let token = "";

  beforeAll(async () => {
    // A fully signed-in session, recent enough for security changes: the input is what decides.
    token = (await personWithTOTP(target)).token;
  });

  it("covers the procedures that take input", () => {
    expect(WITH_INPUT.length).toBeGreaterThan(35);
    expect(WITH_INPUT).toEqual(
      expect.arrayContaining([
        "auth.signIn",
        "auth.verifyTOTP",
        "device.answer",
        "securityLog.list",
      ]),
    );
  });

  it.each(WITH_INPUT)(
    "%s: a 4xx with a reason for each, never a 500, and no data changed",
    async (path) => {
      const before = await stateDump(target.database);
      const query = procedure(path)._def.type === "query";
      for (const [name, json] of malformed(path)) {
        const got = verdict(await sendAs(target.url, path, json, token));
        const tooLongForAURL = query && json.length > 16_000;
        const refused = tooLongForAURL
          ? got.status === URL_TOO_LONG
          : got.status >= 400 && got.status < 500 && REASON.test(got.reason ?? "");
        // The whole answer is shown when this fails: which input, what status and reason.
        expect({ name, ...got, refused }).toMatchObject({ name, refused: true, leaks: false });
      }
      expect(await stateDump(target.database)).toBe(before);
    },
  );

  it.each(WITH_INPUT)(
    "%s: a NUL byte or a lone surrogate in every field is never a 500",
    async (path) => {
      for (const value of ["\u0000", "a\u0000b", "\ud800", "\u202e"]) {
        const got = verdict(
          await sendAs(target.url, path, JSON.stringify(every(fieldsOf(path), value)), token),
        );
        expect({ value, status: got.status < 500, leaks: got.leaks }).toEqual({
          value,
          status: true,
          leaks: false,
        });
        if (got.status !== 200) expect(got.reason).toMatch(REASON);
      }
    },
  );
});
