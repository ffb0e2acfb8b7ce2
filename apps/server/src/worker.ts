import type { Logger } from "./logger";

export interface Worker {
  /** Stops the timer, waits for the round under way, then runs one last round. */
  stop(): Promise<void>;
}

/**
 * Runs `round` every `everyMs`, outside any request, one round at a time (a tick that finds
 * one under way does nothing); a failed round is logged under `name` and the next tick tries
 * again. The timer never keeps the process alive.
 */
export function startWorker(options: {
  name: string;
  everyMs: number;
  round: () => Promise<void>;
  log: Logger;
}): Worker {
  let running: Promise<void> | null = null;
  const round = (): Promise<void> => {
    running ??= options
      .round()
      .catch((error: unknown) =>
        options.log.warn(
          { error: error instanceof Error ? error.name : typeof error },
          `${options.name} round failed`,
        ),
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void round(), options.everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await round();
    },
  };
}
