/**
 * The property every procedure must hold for any input: it succeeds, or it refuses with a
 * TRPCError that is not a 500 and carries a reason; and a refused call changes no row (see
 * refusals.ts for the one exception, the counting of a checked guess).
 *
 * Procedures are found in `appRouter` at run time. A failure prints fast-check's seed and path:
 * give both to `fc.assert` to replay that input (its ids come from a fresh database, so they
 * differ from run to run; the shape of the input does not).
 */
import { useSmsProvider } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import fc from "fast-check";
import { describe, it } from "vitest";
import { inputArbitrary } from "./arbitraries";
import { changedTables, fingerprint, type Fingerprint } from "./fingerprint";
import { callProcedure, type ProcedureInfo } from "./procedures";
import { checkRefusal } from "./refusals";
import { createWorld, type World } from "./world";

/** Inputs tried per procedure. */
export const NUM_RUNS = 1000;
/** Each procedure's seed is this mixed with its path: reruns draw the same inputs. */
const BASE_SEED = 0x2f01d;

export interface FuzzSummary {
  runs: number;
  succeeded: number;
  /** How many refusals each reason had. */
  reasons: Record<string, number>;
  ms: number;
}

/** A seed of its own for each procedure (FNV-1a of the path), fixed across runs. */
export function seedOf(path: string): number {
  let hash = 0x811c9dc5 ^ BASE_SEED;
  for (const char of path) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193);
  return hash | 0;
}

/**
 * Runs NUM_RUNS inputs through one procedure, from the signed-in client (three in four) or the
 * one waiting for its second factor. After each call a fingerprint of every table says what
 * changed; a success becomes the new baseline (and the clients are restored if it undid them).
 */
export async function fuzzProcedure(world: World, procedure: ProcedureInfo): Promise<FuzzSummary> {
  const { db } = world.engine.database;
  const summary: FuzzSummary = { runs: 0, succeeded: 0, reasons: {}, ms: 0 };
  const started = performance.now();
  let baseline: Fingerprint = await fingerprint(db);
  const from = fc.constantFrom("client", "client", "client", "pending" as const);
  const property = fc.asyncProperty(
    from,
    inputArbitrary(procedure, () => world.known),
    async (who, input) => {
      summary.runs += 1;
      let outcome: { ok: true } | { ok: false; error: unknown };
      try {
        await callProcedure(world[who], procedure.path, input);
        outcome = { ok: true };
      } catch (error) {
        outcome = { ok: false, error };
      }
      const after = await fingerprint(db);
      const changed = changedTables(baseline, after);
      baseline = after;
      if (outcome.ok) {
        summary.succeeded += 1;
        // A success that wrote no row (a query) cannot have signed a client out.
        if (changed.length > 0 && (await world.restore())) baseline = await fingerprint(db);
        return;
      }
      const refusal = checkRefusal(outcome.error, changed);
      if ("problem" in refusal) throw new Error(`${procedure.path}: ${refusal.problem}`);
      summary.reasons[refusal.reason] = (summary.reasons[refusal.reason] ?? 0) + 1;
    },
  );
  await fc.assert(property, { numRuns: NUM_RUNS, seed: seedOf(procedure.path) });
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

const FUZZ_TIMEOUT_MS = 600_000;

/**
 * One test per procedure, each on a database of its own (state one leaves behind never reaches
 * another); clients alternate between a browser's cookie and a bearer token.
 */
export function describeFuzz(title: string, procedures: readonly ProcedureInfo[]): void {
  describe.each(databaseKinds())(`fuzzed inputs of ${title} on %s`, (kind) => {
    const sms = useSmsProvider();
    const cases = procedures.map((procedure, index) => ({
      path: procedure.path,
      procedure,
      index,
    }));

    it.each(cases)(
      "$path: never a 500, and a refusal changes no row",
      async ({ procedure, index }) => {
        const via = index % 2 === 0 ? "bearer" : "cookie";
        const world = await createWorld(kind, via, sms);
        try {
          const s = await fuzzProcedure(world, procedure);
          const reasons = Object.entries(s.reasons)
            .sort(([, a], [, b]) => b - a)
            .map(([reason, n]) => `${reason} ${n}`)
            .join(", ");
          process.stdout.write(
            `${procedure.path} (${via}): ${s.runs} runs in ${s.ms} ms, ` +
              `${s.succeeded} succeeded; refused: ${reasons}\n`,
          );
        } finally {
          await world.close();
        }
      },
      FUZZ_TIMEOUT_MS,
    );
  });
}
