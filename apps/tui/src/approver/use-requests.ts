import { useCallback, useEffect, useRef, useState } from "react";
import { problemOf, type ApiClient, type Problem } from "@twofold/client";
import {
  connectGateway,
  pendingRequests,
  type DeviceIdentity,
  type GatewayState,
  type PushRequestView,
} from "@twofold/device/node";

/**
 * The requests waiting for this device, oldest first. Pushes arrive through the gateway at once;
 * asking the server (signed) covers what was missed while away (on every connect) and a gateway
 * that cannot be reached (every `pollMs`, slower with a gateway). A request `done` with (ended
 * on screen) never comes back, even if a later answer of the server still lists it.
 */
export function useRequests(options: {
  api: ApiClient;
  identity: DeviceIdentity;
  pollMs: number;
  /** The server no longer knows this device (removed from the settings). */
  onForgotten: () => void;
}): {
  requests: PushRequestView[];
  link: GatewayState | "none";
  problem: Problem | null;
  done: (requestId: string) => void;
} {
  const { api, identity, pollMs } = options;
  const [requests, setRequests] = useState<PushRequestView[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [link, setLink] = useState<GatewayState | "none">(
    identity.gatewayUrl ? "connecting" : "none",
  );
  const finished = useRef(new Set<string>());
  const onForgotten = useRef(options.onForgotten);
  onForgotten.current = options.onForgotten;

  const add = useCallback((incoming: readonly PushRequestView[]) => {
    setRequests((known) => {
      const ids = new Set(known.map((r) => r.requestId));
      const now = Date.now();
      // One that expired on its way (a late push) is never shown.
      const fresh = incoming.filter(
        (r) =>
          !ids.has(r.requestId) &&
          !finished.current.has(r.requestId) &&
          Date.parse(r.expiresAt) > now,
      );
      return fresh.length ? [...known, ...fresh] : known;
    });
  }, []);

  const poll = useCallback(() => {
    pendingRequests(api, identity).then(
      (found) => {
        setProblem(null);
        add(found);
      },
      (error: unknown) => {
        const p = problemOf(error);
        setProblem(p);
        if (p.reason === "DEVICE_NOT_FOUND") onForgotten.current();
      },
    );
  }, [api, identity, add]);

  useEffect(() => {
    const connection = identity.gatewayUrl
      ? connectGateway(identity, {
          onRequest: (request) => add([request]),
          onState: (state) => {
            setLink(state);
            if (state === "connected") poll();
          },
        })
      : null;
    poll();
    const timer = setInterval(poll, identity.gatewayUrl ? pollMs * 8 : pollMs);
    return () => {
      clearInterval(timer);
      connection?.close();
    };
  }, [identity, poll, pollMs, add]);

  const done = useCallback((requestId: string) => {
    finished.current.add(requestId);
    setRequests((known) => known.filter((r) => r.requestId !== requestId));
  }, []);

  return { requests, link, problem, done };
}
