import type { IncomingMessage, ServerResponse } from "node:http";
import { nodeHTTPRequestHandler } from "@trpc/server/adapters/node-http";
import { createContextInner, type ApiDeps } from "./context";
import { readRequestInfo, responseControl } from "./cookies";
import { refuseCrossSite, refuseUnlessJSON } from "./request-guards";
import { appRouter } from "./root";

export interface TRPCHandlerOptions {
  deps: ApiDeps;
  /** Cookies get `__Host-` and Secure (set when served over HTTPS). */
  secureCookies: boolean;
  /** The client's address (the server decides whether to trust proxy headers). */
  clientIp: (req: IncomingMessage) => string;
  /** Called for errors a client did not cause (5xx), to log them. */
  onInternalError?: (error: unknown, path: string | undefined) => void;
  /** Origins besides this server's own that may send mutations (a web app served elsewhere). */
  allowedOrigins?: readonly string[];
}

/** Inputs are small: codes, names, passwords. Anything larger is refused before parsing. */
export const MAX_BODY_BYTES = 64 * 1024;
/** A batch may not carry many guesses in one request. */
export const MAX_BATCH_SIZE = 4;

const BASE_PATH = "/trpc/";

/** The node request handler of `/trpc/*`; its promise settles when the request's work is done. */
export function createTRPCRequestHandler(
  options: TRPCHandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if (refuseUnlessJSON(req, res)) return;
    if (refuseCrossSite(req, res, options.allowedOrigins ?? [])) return;
    await nodeHTTPRequestHandler({
      req,
      res,
      path: (req.url ?? "").split("?")[0]?.slice(BASE_PATH.length) ?? "",
      router: appRouter,
      maxBodySize: MAX_BODY_BYTES,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ req, res }) =>
        createContextInner(
          options.deps,
          readRequestInfo(req, options.secureCookies, options.clientIp(req)),
          responseControl(res, options.secureCookies),
        ),
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR")
          options.onInternalError?.(error.cause ?? error, path);
      },
      responseMeta: () => ({ headers: { "cache-control": "no-store" } }),
    });
  };
}
