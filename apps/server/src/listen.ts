// The HTTP server around a request handler: each request back to the event loop first, errors
// answered by reason, and a close that lets requests in flight finish.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isServiceUnavailable } from "@twofold/core";
import { describeError } from "./describe-error";
import type { Env } from "./env";
import { json } from "./http-handler";
import type { Logger } from "./logger";
import { isAddressInUse, portInUse } from "./ports";

export interface Listening {
  url: string;
  /** Stops accepting, then waits (5 s at most) for the requests in flight to finish. */
  close: () => Promise<void>;
}

/** Listens on env.HOST:env.PORT; resolves once it accepts requests. */
export async function listen(
  env: Env,
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  log: Logger,
): Promise<Listening> {
  let inFlight = 0;
  let drained: (() => void) | null = null;
  const server: Server = createServer((req, res) => {
    const started = performance.now();
    inFlight += 1;
    res.on("finish", () => {
      const path = (req.url ?? "").split("?")[0];
      log.debug(
        {
          method: req.method,
          path,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        "request",
      );
    });
    // Back to the event loop first: PGlite answers without yielding, and without this a burst of
    // requests on busy connections starves new connections of their first response.
    setImmediate(
      () =>
        void handle(req, res)
          .catch((error: unknown) => {
            if (error instanceof URIError)
              return json(res, 400, { error: { reason: "INVALID_INPUT" } });
            // The database out of reach (the sync check's question, say): a temporary failure
            // that a mail server's checkpassword turns into "try later", never a deny.
            if (isServiceUnavailable(error) && !res.headersSent) {
              log.warn(describeError(error), "database unavailable: answered 503");
              return json(res, 503, { error: { reason: "SERVICE_UNAVAILABLE" } });
            }
            log.error(describeError(error), "request failed");
            if (!res.headersSent) json(res, 500, { error: { reason: "INTERNAL_ERROR" } });
            else res.destroy();
          })
          .finally(() => {
            inFlight -= 1;
            if (inFlight === 0) drained?.();
          }),
    );
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((done, failed) => {
    server.once("error", (error) =>
      failed(
        isAddressInUse(error) ? new Error(portInUse(env.PORT, "the server's", "PORT")) : error,
      ),
    );
    server.listen(env.PORT, env.HOST, () => done());
  });
  const { port } = server.address() as AddressInfo;
  const host = env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST;
  return {
    url: `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`,
    close: async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      });
      // A client that went away does not end its request's work: let it finish before the
      // database closes under it.
      if (inFlight > 0) {
        await new Promise<void>((done) => {
          drained = done;
          setTimeout(done, 5_000).unref();
        });
      }
    },
  };
}
