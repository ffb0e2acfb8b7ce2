import type { Twofold } from "@twofold/core";
import type Provider from "oidc-provider";
import type { Logger } from "../logger";
import { startWorker } from "../worker";

const EVERY_MS = 1_000;
const PURGE_EVERY_MS = 3600_000;

/**
 * Tells apps their sign-in ended (OpenID Connect back-channel logout): a Twofold session
 * that ended (signed out, revoked, a new password, "this wasn't me", a recovery) has left
 * its apps' sign-ins without a session; each app that registered a back-channel logout URI
 * gets a signed logout token. An app that cannot be reached is tried again (8 times); its
 * tokens stopped working when the session ended, whatever it hears.
 */
export function startLogoutWorker(twofold: Twofold, provider: Provider, log: Logger) {
  let lastPurge = Date.now();

  async function round(): Promise<void> {
    for (const due of await twofold.oidc.dueLogouts()) {
      const client = await provider.Client.find(due.clientId).catch(() => undefined);
      if (!client?.backchannelLogoutUri) {
        await twofold.oidc.logoutDone({ id: due.id, sent: true });
        continue;
      }
      try {
        // oidc-provider's Client signs and posts the logout token (its typings omit it).
        const logout: unknown = Reflect.get(client, "backchannelLogout");
        if (typeof logout !== "function")
          throw new Error("no back-channel logout in this provider");
        await Reflect.apply(logout, client, [due.accountId, due.sid ?? undefined]);
        await twofold.oidc.logoutDone({ id: due.id, sent: true });
      } catch (error) {
        log.warn(
          { client: due.clientId, why: error instanceof Error ? error.message : String(error) },
          "back-channel logout not delivered; will retry",
        );
        await twofold.oidc.logoutDone({ id: due.id, sent: false });
      }
    }
    if (Date.now() - lastPurge > PURGE_EVERY_MS) {
      lastPurge = Date.now();
      await twofold.oidc.purge();
    }
  }

  const worker = startWorker({ name: "app logout worker", everyMs: EVERY_MS, round, log });
  return {
    /** One round now (tests: the due logouts are sent before this resolves). */
    flush: round,
    stop: () => worker.stop(),
  };
}
