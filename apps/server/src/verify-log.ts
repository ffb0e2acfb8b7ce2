import { existsSync } from "node:fs";
import { join } from "node:path";
import { createTwofold, type LogVerdict } from "@twofold/core";
import { createDatabase } from "@twofold/db";
import { readEnv } from "./env";
import { createLogger } from "./logger";
import { readWitness, witnessPath, type Witness } from "./log-witness";
import { masterKeyFor } from "./engine";

/**
 * `pnpm --filter @twofold/server verify-log`: walks the security log's hash chain of the
 * database the environment names (as the server would open it) and says whether it is
 * unbroken, or names the first entry that was altered or removed. With the server's witness
 * file (the head it saw at its last seal), a cut-off end is named even when the log's state
 * row was rewritten to match. Reads only. Exit code 0 when the chain holds, 1 when it does
 * not, 2 when it could not be checked.
 */
async function main(): Promise<number> {
  const env = readEnv();
  const log = createLogger("warn");
  // Read only: without the server's key there is nothing to check against (and none is made).
  if (!env.TWOFOLD_MASTER_KEY && !existsSync(join(env.TWOFOLD_DATA_DIR, "master.key")))
    throw new Error("No master key: set TWOFOLD_MASTER_KEY as the server has it.");
  const database = await createDatabase(env.DATABASE_URL, { dataDir: env.TWOFOLD_DATA_DIR });
  try {
    const twofold = createTwofold({ db: database.db, masterKey: masterKeyFor(env, log, false) });
    const path = witnessPath(env);
    const witness = path ? readWitness(path) : null;
    const verdict = await twofold.securityLog.verify(witness ?? undefined);
    process.stdout.write(`${report(verdict, { path, witness })}\n`);
    return verdict.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

/** What the operator reads: the verdict, and what it was checked against. */
function report(
  verdict: LogVerdict,
  { path, witness }: { path: string | null; witness: Witness | null },
): string {
  const seen = witness && `the witness (${path}, ${witness.sealedAt})`;
  if (verdict.ok) {
    const chained =
      `The security log is unbroken: ${verdict.sealed} entries chained` +
      (verdict.unsealed > 0 ? `, ${verdict.unsealed} newer ones not sealed yet.` : ".");
    return seen
      ? `${chained} It holds entry ${witness.seq} as ${seen} saw it.`
      : `${chained} Checked without a witness (no file at ${path ?? "(none for this database)"}): a cut-off end with its state row rewritten would go unnoticed.`;
  }
  const tampered = "The security log was tampered with:";
  if (verdict.problem === "witness_ahead" && seen)
    return `${tampered} the log ends at ${verdict.seq - 1} but ${seen} saw entry ${witness.seq} with hash ${witness.hash}: entries were removed.`;
  if (verdict.problem === "witness_mismatch" && seen)
    return `${tampered} entry ${verdict.seq} is not the one ${seen} saw with hash ${witness.hash}: entries were removed and others sealed in their place.`;
  const where =
    verdict.firstAlteredId === null
      ? `after entry ${verdict.seq - 1} of the chain (its end does not match the recorded head: entries were removed or the head was changed)`
      : `at entry id ${verdict.firstAlteredId} (place ${verdict.seq} in the chain)`;
  const what = verdict.problem === "missing" ? "entries are missing" : "an entry was altered";
  return `${tampered} ${what} ${where}.`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
