import { connectGateway, pendingRequests, type PushRequestView } from "@twofold/device";
import { useCallback, useEffect, useRef, useState } from "react";
import { api, deviceOf } from "./api";
import type { StoredAccount } from "./shared/storage";

/** A request and the account (device) it was sent to. */
export interface IncomingRequest {
  request: PushRequestView;
  account: StoredAccount;
}

const POLL_MS = 3_000;

/**
 * The requests waiting for this phone's accounts: pushed over the gateway's WebSocket while the
 * app is open, and asked of the server (signed) every 3 s while the app is visible, at start
 * and when it comes back to the front. Every request is checked against the server's signature
 * before it gets here (connectGateway and pendingRequests drop the others).
 */
export function useRequests(accounts: readonly StoredAccount[]): {
  requests: IncomingRequest[];
  live: boolean;
  done: (requestId: string) => void;
  refresh: () => void;
} {
  const [requests, setRequests] = useState<IncomingRequest[]>([]);
  const [live, setLive] = useState<Record<string, boolean>>({});
  const finished = useRef(new Set<string>());

  const add = useCallback((incoming: IncomingRequest[]) => {
    setRequests((current) => {
      const known = new Set(current.map((r) => r.request.requestId));
      const fresh = incoming.filter(
        (r) => !known.has(r.request.requestId) && !finished.current.has(r.request.requestId),
      );
      return fresh.length ? [...current, ...fresh] : current;
    });
  }, []);

  const poll = useCallback(() => {
    for (const account of accounts) {
      pendingRequests(api, deviceOf(account))
        .then((list) => add(list.map((request) => ({ request, account }))))
        .catch(() => undefined);
    }
  }, [accounts, add]);

  useEffect(() => {
    const connections = accounts.map((account) =>
      connectGateway(account, {
        WebSocket,
        onRequest: (request) => add([{ request, account }]),
        onState: (state) => {
          setLive((now) => ({ ...now, [account.deviceId]: state === "connected" }));
          if (state === "connected") poll();
        },
      }),
    );
    return () => connections.forEach((c) => c.close());
  }, [accounts, add, poll]);

  useEffect(() => {
    poll();
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") poll();
    }, POLL_MS);
    const onVisible = (): void => {
      if (document.visibilityState === "visible") poll();
    };
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", poll);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", poll);
    };
  }, [poll]);

  const done = useCallback((requestId: string) => {
    finished.current.add(requestId);
    setRequests((current) => current.filter((r) => r.request.requestId !== requestId));
  }, []);

  return { requests, live: Object.values(live).some(Boolean), done, refresh: poll };
}
