// Server start to a healthy /healthz: the built server on its embedded database, first on an
// empty data folder (cold: the database is created and migrated), then again on the same
// folder (warm: what a restart costs).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { figuresOf, type Figures } from "./figures";
import { startBuiltServer } from "./server";

export interface ServerStartReport {
  /** First start on an empty folder, ms. */
  coldMs: number;
  /** Later starts on the same folder, ms (goal: median under 2 s). */
  warmMs: Figures;
  warmStarts: number;
}

const GOAL_MS = 2_000;

async function timedStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const server = await startBuiltServer({
    env: { TWOFOLD_DATA_DIR: dataDir, TWOFOLD_GATEWAY: "off" },
    pollMs: 10,
  });
  const ms = performance.now() - started;
  await server.stop();
  return ms;
}

export async function measureServerStart(warmStarts: number): Promise<ServerStartReport> {
  const dataDir = mkdtempSync(join(tmpdir(), "twofold-bench-start-"));
  try {
    const coldMs = await timedStart(dataDir);
    const warm: number[] = [];
    for (let i = 0; i < warmStarts; i += 1) warm.push(await timedStart(dataDir));
    return { coldMs, warmMs: figuresOf(warm), warmStarts };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function describeServerStart(r: ServerStartReport): string {
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  return (
    `Server start to healthy /healthz (PGlite): warm ${s(r.warmMs.median)} median of ${r.warmStarts} ` +
    `(min ${s(r.warmMs.min)}, max ${s(r.warmMs.max)}), cold ${s(r.coldMs)}; goal warm ≤ ${s(GOAL_MS)}: ` +
    (r.warmMs.median <= GOAL_MS ? "met" : "MISSED")
  );
}
