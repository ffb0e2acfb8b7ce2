import type { Twofold } from "@twofold/core";
import type { Logger } from "./logger";
import type { WitnessKeeper } from "./log-witness";

/** How often new security events are sealed into the chain and mailed about. */
export const LOG_WORKER_EVERY_MS = 500;

export interface LogWorker {
  /** Stops the timer, then seals and mails what is left (before the database closes). */
  stop(): Promise<void>;
}

/**
 * Seals new security events into the hash chain (the witness records each new head) and emails
 * their owners, a moment after they happen and outside any request. One round at a time; a
 * failed round is logged and retried.
 */
export function startLogWorker(twofold: Twofold, log: Logger, witness: WitnessKeeper): LogWorker {
  let running: Promise<void> | null = null;
  const work = async (): Promise<void> => {
    const head = await twofold.securityLog.seal();
    if (head) await witness.sealed(head);
    const mailed = await twofold.securityLog.notify();
    if (mailed > 0) log.debug({ mailed }, "security notifications sent");
  };
  const round = (): Promise<void> => {
    running ??= work()
      .catch((error: unknown) =>
        log.warn(
          { error: error instanceof Error ? error.name : typeof error },
          "log worker round failed",
        ),
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void round(), LOG_WORKER_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await round();
    },
  };
}
