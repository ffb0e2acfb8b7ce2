export { appRouter, createCaller, type AppRouter } from "./root";
export {
  createContextInner,
  type ApiDeps,
  type Context,
  type RequestInfo,
  type ResponseControl,
} from "./context";
export {
  createTRPCRequestHandler,
  MAX_BATCH_SIZE,
  MAX_BODY_BYTES,
  type TRPCHandlerOptions,
} from "./http";
export { readRequestInfo, responseControl, sessionCookieName } from "./cookies";
export type { ApiReason } from "./errors";
export type { PasswordHint } from "@twofold/core";
