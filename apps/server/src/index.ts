export { devicesUrl, startServer, type RunningServer, type StartOptions } from "./server";
export { readEnv, type Env } from "./env";
export { createLogger } from "./logger";
