/** Why a waiting call looks at its request again. */
export type WakeReason = "changed" | "superseded" | "timer" | "aborted";

/** One waiting `pushResult` call: woken by a change of its request, a newer wait, or a timer. */
export interface PushWaiter {
  /**
   * Resolves at the first of: a change of the request (also one that came before this call,
   * since the waiter was opened: no wake-up is missed), a newer wait of the same sign-in, the
   * signal's abort, or `ms`.
   */
  next(ms: number, signal?: AbortSignal): Promise<WakeReason>;
  close(): void;
}

interface Entry {
  requestId: string;
  sessionId: string;
  latched: WakeReason | null;
  resolve: ((reason: WakeReason) => void) | null;
}

/**
 * Who waits for which push request in this process. Woken by this engine's own writes and by
 * the other servers' events (`push_request_changed`, through the server's event bus). One
 * waiting call per sign-in: a newer one supersedes the older (which then answers at once), so
 * a client that lost its connection and asks again does not leave calls behind.
 */
export class PushWaiters {
  readonly #byRequest = new Map<string, Set<Entry>>();
  readonly #bySession = new Map<string, Entry>();

  /** How many calls wait now (for the operator's metrics and the benchmarks). */
  get count(): number {
    return this.#bySession.size;
  }

  /** Opens a waiter before the request's state is read, so a change after that read wakes it. */
  open(requestId: string, sessionId: string): PushWaiter {
    const entry: Entry = { requestId, sessionId, latched: null, resolve: null };
    const older = this.#bySession.get(sessionId);
    if (older) notify(older, "superseded");
    this.#bySession.set(sessionId, entry);
    const set = this.#byRequest.get(requestId) ?? new Set<Entry>();
    set.add(entry);
    this.#byRequest.set(requestId, set);
    return {
      next: (ms, signal) => next(entry, ms, signal),
      close: () => this.#close(entry),
    };
  }

  /** The request changed (answered, cancelled): every call waiting for it looks again. */
  wake(requestId: string): void {
    for (const entry of this.#byRequest.get(requestId) ?? []) notify(entry, "changed");
  }

  #close(entry: Entry): void {
    const set = this.#byRequest.get(entry.requestId);
    set?.delete(entry);
    if (set?.size === 0) this.#byRequest.delete(entry.requestId);
    if (this.#bySession.get(entry.sessionId) === entry) this.#bySession.delete(entry.sessionId);
  }
}

function notify(entry: Entry, reason: WakeReason): void {
  const resolve = entry.resolve;
  entry.resolve = null;
  // A superseded call stays superseded: every later look answers at once.
  if (reason === "superseded") entry.latched = "superseded";
  else if (!resolve && entry.latched !== "superseded") entry.latched = reason;
  resolve?.(reason);
}

function next(entry: Entry, ms: number, signal?: AbortSignal): Promise<WakeReason> {
  if (entry.latched) {
    const reason = entry.latched;
    if (reason !== "superseded") entry.latched = null;
    return Promise.resolve(reason);
  }
  if (signal?.aborted) return Promise.resolve("aborted");
  return new Promise<WakeReason>((resolve) => {
    const done = (reason: WakeReason): void => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      entry.resolve = null;
      resolve(reason);
    };
    const onAbort = (): void => done("aborted");
    const timer = setTimeout(() => done("timer"), ms);
    signal?.addEventListener("abort", onAbort, { once: true });
    entry.resolve = done;
  });
}
