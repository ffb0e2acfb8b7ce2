import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { LogHead } from "@twofold/core";
import { MEMORY_URL } from "@twofold/db";
import * as z from "zod";
import type { Env } from "./env";
import type { Logger } from "./logger";

/**
 * The witness of the security log: the head of the chain (place and hash of the last sealed
 * entry) at this server's last seal, kept outside the database. Someone who cuts the newest
 * entries off the log and rewrites its state row to match leaves a chain that verifies; the
 * witness still names an entry the chain no longer holds. The hash is an HMAC of the entry, as
 * the database stores it: nothing secret.
 */
export interface Witness extends LogHead {
  /** When this server sealed it (ISO 8601). */
  sealedAt: string;
}

const WITNESS_FILE = z.object({
  seq: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  sealedAt: z.string().min(1),
});

/**
 * Where the witness is kept: TWOFOLD_LOG_WITNESS, else `log-witness.json` in the data folder
 * (beside `master.key`; with TWOFOLD_MASTER_KEY set, the data folder all the same). None for a
 * database that dies with the process (in memory, or a test's), unless named explicitly.
 */
export function witnessPath(env: Env, options: { injectedDatabase?: boolean } = {}): string | null {
  if (env.TWOFOLD_LOG_WITNESS) return resolve(env.TWOFOLD_LOG_WITNESS);
  if (env.DATABASE_URL === MEMORY_URL || options.injectedDatabase) return null;
  return resolve(join(env.TWOFOLD_DATA_DIR, "log-witness.json"));
}

/** The witness in `path`; null when there is none; throws when the file is not a witness. */
export function readWitness(path: string): Witness | null {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return null;
    throw error;
  }
  const parsed = WITNESS_FILE.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path} is not a security log witness`);
  return parsed.data;
}

/** Replaces the witness in one step (a whole file or the old one, even on a crash); mode 0600. */
function writeWitness(path: string, witness: Witness): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w", 0o600);
  try {
    writeSync(fd, `${JSON.stringify(witness)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

export interface WitnessKeeperOptions {
  /** The witness file, or null to only log the heads. */
  path: string | null;
  log: Logger;
  /** Whether the chain still holds a witnessed entry (the engine's `securityLog.holds`). */
  holds: (witness: LogHead) => Promise<boolean>;
}

export interface WitnessKeeper {
  /** After each seal: logs the new head, and moves the witness forward to it. */
  sealed(head: LogHead): Promise<void>;
}

/**
 * Keeps the witness at each seal. It only moves forward, and only from an entry the chain
 * still holds: a witnessed entry gone from the chain is evidence, kept for `verify-log` (and
 * said in the log) rather than written over by the seals that follow a cut. The file is read
 * each time, so servers sharing it do not move it back.
 */
export function createWitnessKeeper(options: WitnessKeeperOptions): WitnessKeeper {
  const { path, log } = options;
  let reported: string | null = null;
  const removed = (witness: Witness, head: LogHead): void => {
    // Once per witness: every later seal would say it again.
    if (reported === witness.hash) return;
    reported = witness.hash;
    log.error(
      { witness: path, witnessSeq: witness.seq, witnessHash: witness.hash, seq: head.seq },
      "the security log no longer holds the entry its witness saw: entries were removed (run verify-log)",
    );
  };
  return {
    async sealed(head) {
      log.info({ seq: head.seq, hash: head.hash }, "security log sealed");
      if (!path) return;
      try {
        const witness = readWitness(path);
        if (witness) {
          if (head.seq === witness.seq && head.hash === witness.hash) return;
          if (!(await options.holds(witness))) return removed(witness, head);
          // Behind the witness: another server sharing the file sealed later and moved it.
          if (head.seq < witness.seq) return;
        }
        writeWitness(path, { ...head, sealedAt: new Date().toISOString() });
      } catch (error) {
        log.warn(
          { witness: path, error: error instanceof Error ? error.message : typeof error },
          "could not keep the security log witness",
        );
      }
    },
  };
}
