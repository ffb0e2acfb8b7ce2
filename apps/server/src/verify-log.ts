import { existsSync } from "node:fs";
import { join } from "node:path";
import { createTwofold } from "@twofold/core";
import { createDatabase } from "@twofold/db";
import { readEnv } from "./env";
import { createLogger } from "./logger";
import { masterKeyFor } from "./server";

/**
 * `pnpm --filter @twofold/server verify-log`: walks the security log's hash chain of the
 * database the environment names (as the server would open it) and says whether it is
 * unbroken, or names the first entry that was altered or removed. Reads only. Exit code 0 when
 * the chain holds, 1 when it does not, 2 when it could not be checked.
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
    const verdict = await twofold.securityLog.verify();
    if (verdict.ok) {
      process.stdout.write(
        `The security log is unbroken: ${verdict.sealed} entries chained` +
          (verdict.unsealed > 0 ? `, ${verdict.unsealed} newer ones not sealed yet.\n` : ".\n"),
      );
      return 0;
    }
    const where =
      verdict.firstAlteredId === null
        ? `after entry ${verdict.seq - 1} of the chain (its end does not match the recorded head: entries were removed or the head was changed)`
        : `at entry id ${verdict.firstAlteredId} (place ${verdict.seq} in the chain)`;
    const what = verdict.problem === "missing" ? "entries are missing" : "an entry was altered";
    process.stdout.write(`The security log was tampered with: ${what} ${where}.\n`);
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
