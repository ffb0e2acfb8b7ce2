import { startLogWorker } from "./log-worker";
import { startMailWorker } from "./mail-worker";
import { createWitnessKeeper, witnessPath } from "./log-witness";
import { preparePasswordCheck } from "@twofold/core";
import type { DatabaseKind } from "@twofold/db";
import { buildEngine, type StartOptions } from "./engine";
import { createHTTPHandler, type GatewayHealth } from "./http-handler";
import { listen } from "./listen";
import { readOidcClients, type OidcClient } from "./oidc/clients";
import type { RunningOidc } from "./oidc/mount";
import { createLogger } from "./logger";
import type { PushGatewayTarget } from "./push-gateway";

export { devicesUrl, masterKeyFor, webauthnConfig, type StartOptions } from "./engine";
export type { GatewayHealth } from "./http-handler";

export interface RunningServer {
  url: string;
  databaseKind: DatabaseKind;
  /**
   * Where pushes go once a gateway runs beside this server (`pnpm start` starts one), and its
   * health (default: "up" with a target, "off" without). A down gateway may keep its address:
   * it comes back on the same port.
   */
  setPushGateway(target: PushGatewayTarget | null, health?: GatewayHealth): void;
  /** Sends the apps' due back-channel logouts now (a worker does it every second). */
  flushAppLogouts(): Promise<void>;
  close(): Promise<void>;
}

/**
 * What a browser on this machine opens: security keys work on a domain, not an IP address, so
 * a loopback address becomes localhost.
 */
export function addressToOpen(url: string): string {
  return url.replace(/^http:\/\/(127\.0\.0\.1|\[::1\])(?=:)/, "http://localhost");
}

/**
 * Opens the database, builds the engine and listens: the three steps of engine.ts,
 * http-handler.ts and listen.ts. Resolves once it accepts requests.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { env } = options;
  const log = options.logger ?? createLogger(env.LOG_LEVEL);
  // A wrong apps file stops the start before anything opens.
  const oidcClientList: OidcClient[] = env.TWOFOLD_OIDC_CLIENTS
    ? readOidcClients(env.TWOFOLD_OIDC_CLIENTS)
    : [];
  const engine = await buildEngine(options, log);
  const { twofold, database, gatewayTarget, delivery, bus } = engine;
  let gatewayHealth: GatewayHealth = env.TWOFOLD_GATEWAY_URL ? "external" : "off";
  const http = createHTTPHandler(env, engine, log, () => gatewayHealth);
  const { url, close } = await listen(env, http.handle, log);
  log.info(
    {
      url,
      database: database.kind,
      web: http.webDir,
      authenticator: http.authenticatorDir,
    },
    "Twofold is listening",
  );
  // The password dictionaries load in the background, not in the first sign-up's wait.
  void preparePasswordCheck();
  if (env.TWOFOLD_MAIL === "off")
    log.warn(
      "TWOFOLD_MAIL=off: no email goes out, so nobody can confirm a sign-up, reset a password or " +
        "get a recovery link, and no security notice is sent; set TWOFOLD_MAIL=smtp or outbox",
    );
  // Links in emails lead here unless TWOFOLD_PUBLIC_URL says where people open Twofold.
  if (!env.TWOFOLD_PUBLIC_URL) twofold.deps.config.publicUrl = addressToOpen(url);
  // The OpenID Connect provider, when apps are configured to sign in through Twofold.
  let oidc: RunningOidc | null = null;
  if (oidcClientList.length > 0) {
    try {
      // Loaded only when used: a server without apps starts as fast as before.
      const { startOidc } = await import("./oidc/mount");
      oidc = await startOidc({
        twofold,
        issuer: new URL(env.TWOFOLD_PUBLIC_URL ?? addressToOpen(url)).origin,
        clients: oidcClientList,
        secure: env.TWOFOLD_PUBLIC_URL?.startsWith("https://") ?? false,
        trustProxy: env.TWOFOLD_TRUST_PROXY,
        clientIp: http.clientIp,
        log,
      });
    } catch (error) {
      await close();
      throw error;
    }
    http.attachOidc(oidc.handle);
  }
  const logWorker = startLogWorker(
    twofold,
    log,
    createWitnessKeeper({
      path: witnessPath(env, { injectedDatabase: options.database !== undefined }),
      log,
      holds: (head) => twofold.securityLog.holds(head),
    }),
  );
  const mailWorker = startMailWorker(twofold, log);

  return {
    url,
    databaseKind: database.kind,
    setPushGateway: (target, health) => {
      gatewayTarget.current = target;
      gatewayHealth = health ?? (target ? "up" : "off");
    },
    flushAppLogouts: async () => {
      await oidc?.flushLogouts();
    },
    close: async () => {
      await close();
      await oidc?.stop();
      await logWorker.stop();
      await mailWorker.stop();
      delivery.close();
      bus.close();
      if (!options.database) await database.close();
    },
  };
}
