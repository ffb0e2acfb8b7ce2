import type { Twofold } from "@twofold/core";
import type { Logger } from "./logger";

/** How often new security events are sealed into the chain and mailed about. */
export const LOG_WORKER_EVERY_MS = 500;
/** After failed rounds the worker waits twice as long each time, up to this. */
export const LOG_WORKER_MAX_BACKOFF_MS = 10_000;

export interface LogWorker {
  /** Stops the timer, then seals and mails what is left (before the database closes). */
  stop(): Promise<void>;
}

function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (e: unknown): unknown =>
    typeof e === "object" && e !== null && "code" in e ? e.code : undefined;
  return { error: error.name, code: code(error) ?? code(error.cause) };
}

/**
 * Seals new security events into the hash chain and emails their owners, a moment after they
 * happen and outside any request. One round at a time. While rounds fail (the database is
 * down) it logs one line when the failures start and one when it works again, and waits
 * longer between tries (doubling up to 10 s), then resumes its pace.
 */
export function startLogWorker(twofold: Twofold, log: Logger): LogWorker {
  let running: Promise<void> | null = null;
  let failures = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  const round = (): Promise<void> => {
    running ??= twofold.securityLog
      .process()
      .then(({ mailed }) => {
        if (failures > 0) log.info({ failedRounds: failures }, "log worker resumed");
        failures = 0;
        if (mailed > 0) log.debug({ mailed }, "security notifications sent");
      })
      .catch((error: unknown) => {
        if (failures === 0) log.warn(errorFields(error), "log worker round failed; retrying");
        failures += 1;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const schedule = (): void => {
    if (stopped) return;
    const delay = Math.min(
      LOG_WORKER_EVERY_MS * 2 ** Math.min(failures, 16),
      LOG_WORKER_MAX_BACKOFF_MS,
    );
    timer = setTimeout(() => void round().then(schedule), delay);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await round();
    },
  };
}
