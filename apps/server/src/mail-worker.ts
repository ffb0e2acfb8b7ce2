import type { Twofold } from "@twofold/core";
import type { Logger } from "./logger";
import { startWorker, type Worker } from "./worker";

/** How often the queued security emails are looked at (a due one goes out within this). */
export const MAIL_WORKER_EVERY_MS = 1000;

/**
 * Sends the security emails the log worker queued in the database, apart from it: a mail
 * server that is down or hangs delays emails (each send is bounded, then retried with
 * backoff), never the security log, a request, or another server. An email given up after a
 * day of failures is logged as an error: the operator must look at the mail server. Its `stop`
 * sends what is due once more.
 */
export function startMailWorker(twofold: Twofold, log: Logger): Worker {
  return startWorker({
    name: "mail worker",
    everyMs: MAIL_WORKER_EVERY_MS,
    log,
    round: async () => {
      // A pending account recovery that ends soon: its reminder goes out with the next emails.
      const reminded = await twofold.recovery.remind();
      if (reminded > 0) log.info({ reminded }, "account recovery reminders logged");
      const { sent, failed, gaveUp } = await twofold.notifications.deliver();
      if (sent > 0) log.debug({ sent }, "security emails sent");
      if (failed > 0) log.warn({ failed }, "a security email was not sent: tried again later");
      if (gaveUp > 0) log.error({ gaveUp }, "security emails given up after a day of failures");
    },
  });
}
