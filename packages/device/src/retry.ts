// An answer is never lost on the network: shared by the phone app and the terminal's approver.
/** How an answer's sending ended. */
export type Delivery<T> =
  { kind: "sent"; value: T } | { kind: "refused"; error: unknown } | { kind: "over" };

/** Pauses between tries: quick at first, then every 5 s at most. */
export const RETRY_PAUSES_MS = [500, 1_000, 2_000, 4_000, 5_000] as const;

/**
 * Sends until the server has it: a network failure is tried again (after a growing pause),
 * never dropped; the server's refusal (a reason) ends it, and so does the request being over
 * (expired, cancelled, answered), checked before every try.
 */
export async function sendUntilDelivered<T>(options: {
  send: () => Promise<T>;
  isNetworkError: (error: unknown) => boolean;
  isOver: () => boolean;
  onRetrying: (attempt: number) => void;
  wait: (ms: number) => Promise<void>;
}): Promise<Delivery<T>> {
  for (let attempt = 0; ; attempt += 1) {
    if (options.isOver()) return { kind: "over" };
    try {
      return { kind: "sent", value: await options.send() };
    } catch (error) {
      if (!options.isNetworkError(error)) return { kind: "refused", error };
      options.onRetrying(attempt + 1);
      const pause = RETRY_PAUSES_MS[Math.min(attempt, RETRY_PAUSES_MS.length - 1)] ?? 5_000;
      await options.wait(pause);
    }
  }
}
