import type { IncomingMessage, ServerResponse } from "node:http";
import { nodeHTTPRequestHandler } from "@trpc/server/adapters/node-http";
import { createContextInner, type ApiDeps } from "./context";
import { readRequestInfo, responseControl } from "./cookies";
import { appRouter } from "./root";

export interface TRPCHandlerOptions {
  deps: ApiDeps;
  /** Cookies get `__Host-` and Secure (set when served over HTTPS). */
  secureCookies: boolean;
  /** The client's address (the server decides whether to trust proxy headers). */
  clientIp: (req: IncomingMessage) => string;
  /** Called for errors a client did not cause (5xx), to log them. */
  onInternalError?: (error: unknown, path: string | undefined) => void;
}

/** Inputs are small: codes, names, passwords. Anything larger is refused before parsing. */
export const MAX_BODY_BYTES = 64 * 1024;
/** A batch may not carry many guesses in one request. */
export const MAX_BATCH_SIZE = 4;

const BASE_PATH = "/trpc/";

/**
 * CSRF: a page on another site can send a form (urlencoded, multipart) or a body-only `fetch`
 * (text/plain, or no type at all) without asking first; only `application/json` makes the
 * browser ask (CORS preflight, which this server never grants). So a POST must say JSON, or it
 * is refused before any procedure runs, even one that takes no input.
 */
function refuseUnlessJSON(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST") return false;
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "application/json") return false;
  const reason = "UNSUPPORTED_MEDIA_TYPE";
  res.writeHead(415, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(
    JSON.stringify({
      error: { message: reason, code: -32415, data: { code: reason, httpStatus: 415, reason } },
    }),
  );
  return true;
}

/** The node request handler of `/trpc/*`; its promise settles when the request's work is done. */
export function createTRPCRequestHandler(
  options: TRPCHandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if (refuseUnlessJSON(req, res)) return;
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
