// Every request of the soak goes through here: timed, and its outcome named (the API's reason,
// HTTP_500, or LOST when the socket refused or dropped it, TIMEOUT when nothing came back).

/** One request or flow step: when (ms since the soak began), how long, and how it ended. */
export interface Sample {
  at: number;
  ms: number;
  /** "ok", an API reason (UPPER_SNAKE), HTTP_<status>, LOST or TIMEOUT. */
  outcome: string;
  what: string;
  /** False for a wait of a flow (a push reaching the device), not a request: no latency. */
  request: boolean;
}

const REQUEST_TIMEOUT_MS = 10_000;

export class Recorder {
  readonly samples: Sample[] = [];
  constructor(private readonly startedAt: number) {}

  now(): number {
    return performance.now() - this.startedAt;
  }

  add(what: string, at: number, outcome: string): void {
    this.samples.push({ at, ms: this.now() - at, outcome, what, request: true });
  }

  /** A flow's wait that failed (the push never reached the device, the text never came). */
  waitFailed(what: string, at: number, outcome: string): void {
    this.samples.push({ at, ms: this.now() - at, outcome, what, request: false });
  }
}

/** A failed step: the flow stops there (its outcome is already recorded). */
export class StepFailed extends Error {
  constructor(readonly outcome: string) {
    super(outcome);
  }
}

export interface CallOptions {
  token?: string | null;
  /** The client address (the server trusts X-Forwarded-For in the soak). */
  ip: string;
  query?: boolean;
}

/** What the server names a failure: the tRPC reason, the sync check's, or the status. */
function outcomeOf(status: number, body: unknown): string {
  if (status === 500) return "HTTP_500";
  const b = body as { error?: { data?: { reason?: unknown }; reason?: unknown } } | null;
  const reason = b?.error?.data?.reason ?? b?.error?.reason;
  return typeof reason === "string" ? reason : `HTTP_${status}`;
}

/** Names a fetch that threw: nothing came back in time, or the socket refused or dropped it. */
export function thrownOutcome(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  return name === "TimeoutError" || name === "AbortError" ? "TIMEOUT" : "LOST";
}

export interface Caller {
  /** A tRPC procedure: its data, or StepFailed after recording why. */
  trpc<T>(path: string, input: unknown, options: CallOptions): Promise<T>;
  /** POST /sync/check: "allow", or StepFailed. */
  syncCheck(secret: string, body: unknown): Promise<void>;
}

export function createCaller(url: string, recorder: Recorder): Caller {
  const send = async (
    what: string,
    request: () => Promise<Response>,
    refused: (body: unknown) => string | null = () => null,
  ): Promise<unknown> => {
    const at = recorder.now();
    let response: Response;
    let body: unknown;
    try {
      response = await request();
      body = await response.json().catch(() => null);
    } catch (error) {
      const outcome = thrownOutcome(error);
      recorder.add(what, at, outcome);
      throw new StepFailed(outcome);
    }
    const denied = response.ok ? refused(body) : outcomeOf(response.status, body);
    if (denied) {
      const outcome = denied;
      recorder.add(what, at, outcome);
      throw new StepFailed(outcome);
    }
    recorder.add(what, at, "ok");
    return body;
  };
  return {
    async trpc<T>(path: string, input: unknown, options: CallOptions): Promise<T> {
      const headers: Record<string, string> = {
        "content-type": "application/json",
        "x-forwarded-for": options.ip,
        ...(options.token && { authorization: `Bearer ${options.token}` }),
      };
      const target = options.query
        ? `${url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
        : `${url}/trpc/${path}`;
      const body = (await send(path, () =>
        fetch(target, {
          method: options.query ? "GET" : "POST",
          headers,
          ...(!options.query && { body: JSON.stringify(input) }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        }),
      )) as { result?: { data?: T } };
      return body.result?.data as T;
    },
    async syncCheck(secret, input) {
      await send(
        "sync/check",
        () =>
          fetch(`${url}/sync/check`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
            body: JSON.stringify(input),
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          }),
        (body) => {
          const b = body as { result?: string; reason?: unknown } | null;
          if (b?.result === "allow") return null;
          return typeof b?.reason === "string" ? `SYNC_${b.reason}` : "SYNC_DENIED";
        },
      );
    },
  };
}
