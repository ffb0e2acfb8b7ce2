import type { Logger } from "./logger";

export interface Worker {
  /** Stops the timer, waits for the round under way, then runs one last round. */
  stop(): Promise<void>;
}

/** After failed rounds a worker waits twice as long each time, up to this. */
export const WORKER_MAX_BACKOFF_MS = 10_000;

function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (e: unknown): unknown =>
    typeof e === "object" && e !== null && "code" in e ? e.code : undefined;
  return { error: error.name, code: code(error) ?? code(error.cause) };
}

/**
 * Runs `round` every `everyMs`, outside any request, one round at a time. While rounds fail
 * (the database is down) it logs one line under `name` when the failures start and one when a
 * round works again, never a line per tick, and waits longer between tries (doubling up to
 * 10 s), then resumes its pace. The timer never keeps the process alive.
 */
export function startWorker(options: {
  name: string;
  everyMs: number;
  round: () => Promise<void>;
  log: Logger;
}): Worker {
  const { name, everyMs, log } = options;
  let running: Promise<void> | null = null;
  let failures = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  const round = (): Promise<void> => {
    running ??= options
      .round()
      .then(() => {
        if (failures > 0) log.info({ failedRounds: failures }, `${name} resumed`);
        failures = 0;
      })
      .catch((error: unknown) => {
        if (failures === 0) log.warn(errorFields(error), `${name} round failed; retrying`);
        failures += 1;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const schedule = (): void => {
    if (stopped) return;
    const delay = Math.min(everyMs * 2 ** Math.min(failures, 16), WORKER_MAX_BACKOFF_MS);
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
