import type { Twofold } from "@twofold/core";
import type { WitnessKeeper } from "./log-witness";
import type { Logger } from "./logger";
import { startWorker, type Worker } from "./worker";

/** How often new security events are sealed into the chain and their emails queued. */
export const LOG_WORKER_EVERY_MS = 500;

/** Its `stop` seals and queues what is left (before the database closes). */
export type LogWorker = Worker;

/**
 * Seals new security events into the hash chain (the witness records each new head) and queues
 * emails to their owners (sent by the mail worker), a moment after they happen and outside any
 * request.
 */
export function startLogWorker(twofold: Twofold, log: Logger, witness: WitnessKeeper): LogWorker {
  return startWorker({
    name: "log worker",
    everyMs: LOG_WORKER_EVERY_MS,
    log,
    round: async () => {
      const { head, queued } = await twofold.securityLog.sealAndQueue();
      if (head) await witness.sealed(head);
      if (queued > 0) log.debug({ queued }, "security emails queued");
    },
  });
}
