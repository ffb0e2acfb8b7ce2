// Shared by the device tests that need one server for their file: an in-process server on
// embedded PGlite in a data folder of its own, started before the file's tests, closed after.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readEnv, startServer, type RunningServer } from "@twofold/test-stack";
import { afterAll, beforeAll } from "vitest";

/** The file's server (read it inside a test: it starts in beforeAll) and its data folder. */
export function useServer(name: string): { server: () => RunningServer; dir: () => string } {
  let server: RunningServer | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `twofold-${name}-`));
    server = await startServer({
      env: readEnv({
        PORT: "0",
        LOG_LEVEL: "silent",
        TWOFOLD_DATA_DIR: dir,
        TWOFOLD_WEB_DIR: join(dir, "none"),
      }),
    });
  });
  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the server starts in beforeAll");
    return value;
  };
  return { server: () => started(server), dir: () => started(dir) };
}
