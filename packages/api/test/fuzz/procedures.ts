/** Every procedure of the app router, found at run time: one added later is fuzzed too. */
import * as z from "zod";
import { appRouter } from "../../src/root";
import type { Client } from "../clients";

export interface ProcedureInfo {
  /** "router.procedure", as clients call it. */
  path: string;
  type: string;
  /** The zod schema of its input; undefined when it takes none (any input is ignored). */
  input: z.ZodType | undefined;
  /** The keys of its input object (under an `.optional()`), to send wrong values under. */
  keys: string[];
}

interface ProcedureDef {
  _def: { type: string; inputs: unknown[] };
}

function objectKeys(schema: z.ZodType | undefined): string[] {
  let inner: unknown = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap();
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

/** The procedures of `appRouter`, in the router's order. */
export function listProcedures(): ProcedureInfo[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
  return Object.entries(procedures).map(([path, procedure]) => {
    const [first] = procedure._def.inputs;
    const input = first instanceof z.ZodType ? first : undefined;
    if (procedure._def.inputs.length > 1) throw new Error(`${path}: several input parsers`);
    if (first !== undefined && !input) throw new Error(`${path}: an input that is not zod`);
    return { path, type: procedure._def.type, input, keys: objectKeys(input) };
  });
}

/**
 * The procedures of some routers; `null` takes every router not named in `others` (so a
 * router added later lands in that group and is fuzzed without anyone listing it).
 */
export function proceduresOf(
  routers: readonly string[] | null,
  others: readonly string[] = [],
): ProcedureInfo[] {
  return listProcedures().filter(({ path }) => {
    const router = path.split(".")[0] ?? "";
    return routers ? routers.includes(router) : !others.includes(router);
  });
}

type Callable = (input: unknown) => Promise<unknown>;

/** Calls a procedure by its path through the client's `createCaller`, with any input at all. */
export function callProcedure(client: Client, path: string, input: unknown): Promise<unknown> {
  let target: unknown = client.caller;
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  if (typeof target !== "function") throw new Error(`no caller for ${path}`);
  return (target as Callable)(input);
}
