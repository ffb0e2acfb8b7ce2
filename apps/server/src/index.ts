export { devicesUrl, startServer, type RunningServer, type StartOptions } from "./server";
export { readEnv, type Env } from "./env";
export { createLogger } from "./logger";
// The export verifier, for tests that check a downloaded security log as anyone could.
export { verifyExport, type ExportVerdict } from "@twofold/core";
