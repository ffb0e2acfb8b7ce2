import type { PushRequestView } from "@twofold/push-protocol";
import WebSocket from "ws";
import { verifiedRequests, type DeviceIdentity } from "./device";

export type GatewayState = "connecting" | "connected" | "disconnected";

/**
 * Stays connected to the push gateway: each request it brings is checked against the server's
 * signature before `onRequest` sees it. Reconnects with a growing pause; `onState("connected")`
 * is the moment to ask the server for requests missed while away.
 */
export function connectGateway(
  identity: DeviceIdentity,
  handlers: {
    onRequest: (request: PushRequestView) => void;
    onState?: (state: GatewayState) => void;
  },
): { close: () => void } {
  let closed = false;
  let socket: WebSocket | null = null;
  let pause = 500;
  const open = (): void => {
    if (closed || !identity.gatewayUrl) return;
    handlers.onState?.("connecting");
    const url = `${identity.gatewayUrl}?ticket=${encodeURIComponent(identity.gatewayTicket)}`;
    const ws = new WebSocket(url);
    socket = ws;
    ws.on("open", () => {
      pause = 500;
      handlers.onState?.("connected");
    });
    ws.on("message", (data: WebSocket.RawData) => {
      let message: unknown;
      try {
        const text = Array.isArray(data)
          ? Buffer.concat(data).toString("utf8")
          : Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString("utf8");
        message = JSON.parse(text);
      } catch {
        return;
      }
      const m = message as { type?: unknown; request?: PushRequestView };
      if (m.type !== "request" || !m.request) return;
      void verifiedRequests(identity, [m.request]).then((ok) => ok.forEach(handlers.onRequest));
    });
    ws.on("error", () => undefined);
    ws.on("close", () => {
      if (closed) return;
      handlers.onState?.("disconnected");
      setTimeout(open, pause);
      pause = Math.min(pause * 2, 15_000);
    });
  };
  open();
  return {
    close: () => {
      closed = true;
      socket?.close();
    },
  };
}
